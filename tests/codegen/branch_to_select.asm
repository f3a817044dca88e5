; main.pick
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq %rdx, %r10
  movq <offset:0>+-0x10(%rbp), %rdx
  movq <offset:0>+-8(%rbp), %r8
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %rsi
  jmp     label3
block3:
  testb %r8b, %r8b
  jnz     label4; j label5
block4:
  movq %r9, %rdx
  jmp     label6
block5:
  jmp     label6
block6:
  cmpq %rcx, %rdx
  jnb     label8; j label7
block7:
  movq %r10, %rax
  movq (%rax, %rdx, 8), %rax
  movq %rbp, %rsp
  popq %rbp
  retq $0x10
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %rsi
  jmp     label3
block8:
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.minimum
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
  testq %rcx, %rcx
  jz      label17; j label4
block4:
  movq (%rdx), %r9
  uninit  %r8
  xorq %r8, %r8
  movl $0x400, %eax
  cmpq %rcx, %rax
  movq %rcx, %rsi
  cmovbq %rax, %rsi
  testq %rcx, %rcx
  jnle    label5; j label6
block5:
  jmp     label7
block6:
  movq %r9, %rax
  jmp     label12
block7:
  movq (%rdx, %r8, 8), %rax
  jmp     label8
block8:
  leaq 1(%r8), %r8
  cmpq %rax, %r9
  cmovlq %r9, %rax
  cmpq %rsi, %r8
  jl      label9; j label10
block9:
  movq %rax, %r9
  jmp     label7
block10:
  cmpq %rcx, %rsi
  jl      label13; j label11
block11:
  jmp     label12
block12:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block13:
  movl 0x90(%rdi), %r8d
  testl %r8d, %r8d
  jnz     label15; j label14
block14:
  movq %rdi, %r9
  jmp     label16
block15:
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq %rdi, %r9
  jmp     label16
block16:
  movq %rcx, %r8
  subq %rsi, %r8
  leaq 0x400(%rsi), %rdi
  cmpq $0x400, %r8
  movq %rcx, %r8
  cmovaq %rdi, %r8
  movq %r9, %rdi
  movq %rax, %r9
  movq %rsi, %r10
  movq %r8, %rsi
  movq %r10, %r8
  jmp     label7
block17:
  movq %rdi, %r9
  uninit  %rdx
  xorq %rdx, %rdx
  movq %r9, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.count
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
  uninit  %r8
  xorq %r8, %r8
  movl $0x400, %eax
  cmpq %rcx, %rax
  movq %rcx, %rsi
  cmovbq %rax, %rsi
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movq %r8, %r10
  jmp     label6
block5:
  movq %r8, %rax
  jmp     label11
block6:
  movzbq (%rdx, %r8), %rax
  jmp     label7
block7:
  leaq 1(%r8), %r8
  movzbq %al, %r9
  movq %r10, %rax
  leaq (%rax, %r9), %rax
  cmpq %rsi, %r8
  jl      label8; j label9
block8:
  movq %rax, %r10
  jmp     label6
block9:
  cmpq %rcx, %rsi
  jl      label12; j label10
block10:
  jmp     label11
block11:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block12:
  movl 0x90(%rdi), %r8d
  testl %r8d, %r8d
  jnz     label14; j label13
block13:
  jmp     label15
block14:
  load_ext_name userextname0+0, %r8
  call    *%r8
  jmp     label15
block15:
  movq %rcx, %r9
  subq %rsi, %r9
  leaq 0x400(%rsi), %r8
  cmpq $0x400, %r9
  movq %rcx, %r9
  cmovaq %r8, %r9
  movq %rax, %r10
  movq %rsi, %r8
  movq %r9, %rsi
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
  movq    %rsp, %r8
  subq 0x10(%rdi), %r8
  cmpq $0x100, %r8
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq 0x50(%rcx), %rax
  movq 0x58(%rcx), %rdx
  leaq 8(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  movq %rdi, %r12
  leaq 8(%rax), %rdx
  movq %rdx, 0x50(%rcx)
  jmp     label6
block6:
  movb $0x1, (%rax)
  movl $0x1, %edx
  movb $0x0, 1(%rax)
  movb $0x1, 2(%rax)
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0x3, %ecx
  movq %rsi, %r8
  movq %rcx, %r10
  jmp     label7
block7:
  movzbq (%rax, %rsi), %r9
  leaq 1(%rsi), %rsi
  movzbq %r9b, %r9
  leaq (%r8, %r9), %r8
  movq %r8, %r13
  cmpq %r10, %rsi
  jl      label8; j label9
block8:
  movq %r13, %r8
  jmp     label7
block9:
  cmpq $0x3, %r10
  jl      label28; j label10
block10:
  movq %r12, %rdi
  movq 0x18(%rdi), %rsi
  movq 0x90(%rsi), %rax
  movq 0x98(%rsi), %r8
  leaq 0x18(%rax), %r9
  cmpq %r8, %r9
  jbe     label12; j label11
block12:
  movq %rdi, %r12
  leaq 0x18(%rax), %rdi
  movq %rdi, 0x90(%rsi)
  jmp     label13
block13:
  movq $0x3, (%rax)
  movq $0x1, 8(%rax)
  movq $0x2, 0x10(%rax)
  jmp     label14
block14:
  movq (%rax), %r8
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rcx, %r10
  jmp     label15
block15:
  movq (%rax, %rsi, 8), %r9
  leaq 1(%rsi), %rsi
  cmpq %r9, %r8
  cmovlq %r8, %r9
  movq %r9, %r14
  cmpq %r10, %rsi
  jl      label16; j label17
block16:
  movq %r14, %r8
  jmp     label15
block17:
  cmpq $0x3, %r10
  jl      label24; j label18
block18:
  movq %r12, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x70(%rcx), %rax
  movq 0x78(%rcx), %rdi
  leaq 0x10(%rax), %rsi
  cmpq %rdi, %rsi
  jbe     label20; j label19
block20:
  movq %rsi, 0x70(%rcx)
  jmp     label21
block21:
  movq $0x5, (%rax)
  movq $0x6, 8(%rax)
  jmp     label22
block22:
  jmp     label23
block23:
  movq (%rax), %rbx
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r13, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r14, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname8+0, %rax
  movq %r12, %rdi
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
  load_ext_name userextname9+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x3, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label6
block11:
  movl $0x18, %esi
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label13
block19:
  movl $0x10, %esi
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label21
block24:
  movq %r14, %rsi
  movq %r12, %rdi
  movl 0x90(%rdi), %r8d
  testl %r8d, %r8d
  jnz     label26; j label25
block25:
  jmp     label27
block26:
  load_ext_name userextname10+0, %r8
  movq %r12, %rdi
  call    *%r8
  jmp     label27
block27:
  movq %rcx, %r9
  subq %r10, %r9
  leaq 0x400(%r10), %r8
  cmpq $0x400, %r9
  movq %rcx, %r9
  cmovaq %r8, %r9
  movq %rsi, %r8
  movq %r10, %rsi
  movq %r9, %r10
  jmp     label15
block28:
  movq %r12, %rdi
  movl 0x90(%rdi), %esi
  testl %esi, %esi
  jnz     label30; j label29
block29:
  jmp     label31
block30:
  load_ext_name userextname10+0, %r9
  movq %r12, %rdi
  call    *%r9
  jmp     label31
block31:
  movq %rcx, %rsi
  subq %r10, %rsi
  leaq 0x400(%r10), %r11
  cmpq $0x400, %rsi
  movq %rcx, %rsi
  cmovaq %r11, %rsi
  movq %r13, %r8
  movq %rsi, %rdi
  movq %r10, %rsi
  movq %rdi, %r10
  jmp     label7

