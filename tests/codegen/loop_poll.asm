; main.halve
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  sequence_point
  uninit  %rax
  xorq %rax, %rax
  cmpq $0x1, %rdx
  jnle    label2; j label3
block2:
  jmp     label4
block3:
  jmp     label7
block4:
  movq %rdx, %rcx
  shrq $0x3f, %rcx
  leaq (%rdx, %rcx), %rdx
  sarq $1, %rdx
  leaq 1(%rax), %rax
  cmpq $0x1, %rdx
  jnle    label5; j label6
block5:
  jmp     label4
block6:
  jmp     label7
block7:
  movq %rbp, %rsp
  popq %rbp
  retq

; main.down
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  sequence_point
  uninit  %rax
  xorq %rax, %rax
  testq %rdx, %rdx
  jnle    label2; j label3
block2:
  jmp     label4
block3:
  jmp     label7
block4:
  leaq -1(%rdx), %rcx
  xorq %rdx, %rax
  testq %rcx, %rcx
  jnle    label5; j label6
block5:
  movq %rcx, %rdx
  jmp     label4
block6:
  jmp     label7
block7:
  movq %rbp, %rsp
  popq %rbp
  retq

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
  leaq 1(%rdx), %rcx
  imulq %rdx, %rdx
  movq %r12, %rsi
  leaq (%rsi, %rdx), %rsi
  movq %rsi, %r12
  cmpq %rax, %rcx
  jl      label5; j label6
block5:
  movq %rcx, %rdx
  jmp     label4
block6:
  cmpq $0xa, %rax
  jl      label14; j label7
block7:
  sequence_point
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0xa, %ecx
  jmp     label8
block8:
  leaq -1(%rcx), %rax
  xorq %rcx, %rsi
  movq %rsi, %r13
  testq %rax, %rax
  jnle    label9; j label10
block9:
  movq %rax, %rcx
  movq %r13, %rsi
  jmp     label8
block10:
  sequence_point
  movl $0x3e8, %eax
  uninit  %rsi
  xorq %rsi, %rsi
  jmp     label11
block11:
  movq %rax, %rcx
  shrq $0x3f, %rcx
  leaq (%rax, %rcx), %rax
  sarq $1, %rax
  leaq 1(%rsi), %rsi
  movq %rsi, %r14
  cmpq $0x1, %rax
  jnle    label12; j label13
block12:
  movq %r14, %rsi
  jmp     label11
block13:
  load_ext_name userextname3+0, %rsi
  movq %rbx, %rdi
  call    *%rsi
  load_ext_name userextname4+0, %r8
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%r8
  load_ext_name userextname5+0, %rsi
  movq %rbx, %rdi
  call    *%rsi
  load_ext_name userextname4+0, %r8
  movq %r13, %rsi
  movq %rbx, %rdi
  call    *%r8
  load_ext_name userextname5+0, %r8
  movq %rbx, %rdi
  call    *%r8
  load_ext_name userextname4+0, %r9
  movq %r14, %rsi
  movq %rbx, %rdi
  call    *%r9
  load_ext_name userextname6+0, %r10
  movq %rbx, %rdi
  call    *%r10
  load_ext_name userextname7+0, %r11
  movq %rbx, %rdi
  call    *%r11
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
block14:
  movq %r12, %rsi
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label16; j label15
block15:
  jmp     label17
block16:
  load_ext_name userextname9+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  jmp     label17
block17:
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

