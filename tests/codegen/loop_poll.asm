; main.halve
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  uninit  %rax
  xorq %rax, %rax
  movl $0x400, %ecx
  cmpq $0x1, %rdx
  jnle    label4; j label5
block4:
  jmp     label6
block5:
  jmp     label15
block6:
  leaq -1(%rcx), %rcx
  testq %rcx, %rcx
  jnz     label7; j label8
block7:
  jmp     label12
block12:
  movq %rdx, %rsi
  shrq $0x3f, %rsi
  leaq (%rdx, %rsi), %rdx
  sarq $1, %rdx
  leaq 1(%rax), %rax
  cmpq $0x1, %rdx
  jnle    label13; j label14
block13:
  jmp     label6
block14:
  jmp     label15
block15:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block8:
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label10; j label9
block9:
  jmp     label11
block10:
  load_ext_name userextname0+0, %rcx
  call    *%rcx
  jmp     label11
block11:
  movl $0x400, %ecx
  jmp     label12

; main.down
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  uninit  %rax
  xorq %rax, %rax
  movl $0x400, %ecx
  testq %rdx, %rdx
  jnle    label4; j label5
block4:
  jmp     label6
block5:
  jmp     label15
block6:
  leaq -1(%rcx), %rcx
  testq %rcx, %rcx
  jnz     label7; j label8
block7:
  jmp     label12
block12:
  leaq -1(%rdx), %rsi
  xorq %rdx, %rax
  testq %rsi, %rsi
  jnle    label13; j label14
block13:
  movq %rsi, %rdx
  jmp     label6
block14:
  jmp     label15
block15:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block8:
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label10; j label9
block9:
  jmp     label11
block10:
  load_ext_name userextname0+0, %rcx
  call    *%rcx
  jmp     label11
block11:
  movl $0x400, %ecx
  jmp     label12

; main.sum
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  uninit  %rax
  xorq %rax, %rax
  movl $0x400, %esi
  cmpq %rdx, %rsi
  movq %rdx, %rcx
  cmovbq %rsi, %rcx
  testq %rdx, %rdx
  jnle    label4; j label5
block4:
  movq %rax, %r8
  jmp     label6
block5:
  jmp     label10
block6:
  leaq 1(%r8), %rsi
  imulq %r8, %r8
  leaq (%rax, %r8), %rax
  cmpq %rcx, %rsi
  jl      label7; j label8
block7:
  movq %rsi, %r8
  jmp     label6
block8:
  cmpq %rdx, %rcx
  jl      label11; j label9
block9:
  jmp     label10
block10:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block11:
  movl 0x90(%rdi), %esi
  testl %esi, %esi
  jnz     label13; j label12
block12:
  jmp     label14
block13:
  load_ext_name userextname0+0, %rsi
  call    *%rsi
  jmp     label14
block14:
  movq %rdx, %r8
  subq %rcx, %r8
  leaq 0x400(%rcx), %rsi
  cmpq $0x400, %r8
  movq %rdx, %r8
  cmovaq %rsi, %r8
  movq %rcx, %rsi
  movq %r8, %rcx
  movq %rsi, %r8
  jmp     label6

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %rbx
  jmp     label3
block3:
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %r12
  movl $0xa, %eax
  movq %r12, %rdx
  jmp     label4
block4:
  leaq 1(%rdx), %rsi
  imulq %rdx, %rdx
  movq %r12, %rcx
  leaq (%rcx, %rdx), %rcx
  movq %rcx, %r12
  cmpq %rax, %rsi
  jl      label5; j label6
block5:
  movq %rsi, %rdx
  jmp     label4
block6:
  cmpq $0xa, %rax
  jl      label26; j label7
block7:
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0xa, %eax
  movl $0x400, %ecx
  jmp     label8
block8:
  leaq -1(%rcx), %rcx
  testq %rcx, %rcx
  jnz     label9; j label10
block9:
  movq %rbx, %rdi
  jmp     label14
block14:
  leaq -1(%rax), %rdx
  xorq %rax, %rsi
  movq %rsi, %r13
  testq %rdx, %rdx
  jnle    label15; j label16
block15:
  movq %rdx, %rax
  movq %rdi, %rbx
  movq %r13, %rsi
  jmp     label8
block16:
  movl $0x3e8, %eax
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0x400, %ecx
  jmp     label17
block17:
  leaq -1(%rcx), %rcx
  testq %rcx, %rcx
  jnz     label18; j label19
block18:
  movq %rdi, %rbx
  jmp     label23
block23:
  movq %rax, %rdx
  shrq $0x3f, %rdx
  leaq (%rax, %rdx), %rax
  sarq $1, %rax
  leaq 1(%rsi), %rsi
  movq %rsi, %r14
  cmpq $0x1, %rax
  jnle    label24; j label25
block24:
  movq %r14, %rsi
  movq %rbx, %rdi
  jmp     label17
block25:
  load_ext_name userextname3+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r13, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r14, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3
block10:
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label12; j label11
block11:
  jmp     label13
block12:
  load_ext_name userextname9+0, %rcx
  call    *%rcx
  jmp     label13
block13:
  movl $0x400, %ecx
  jmp     label14
block19:
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label21; j label20
block20:
  movq %rdi, %rbx
  jmp     label22
block21:
  load_ext_name userextname9+0, %rcx
  call    *%rcx
  movq %rdi, %rbx
  jmp     label22
block22:
  movl $0x400, %ecx
  jmp     label23
block26:
  movq %r12, %rsi
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label28; j label27
block27:
  jmp     label29
block28:
  load_ext_name userextname9+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  jmp     label29
block29:
  movl $0xa, %ecx
  movq %rcx, %rdi
  subq %rax, %rdi
  leaq 0x400(%rax), %rdx
  cmpq $0x400, %rdi
  cmovaq %rdx, %rcx
  movq %rsi, %r12
  movq %rax, %rdx
  movq %rcx, %rax
  jmp     label4

