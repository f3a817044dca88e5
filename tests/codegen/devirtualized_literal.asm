; main.each
  pushq %rbp
  movq %rsp, %rbp
  subq $0x40, %rsp
  movq %rbx, 0x10(%rsp)
  movq %r12, 0x18(%rsp)
  movq %r13, 0x20(%rsp)
  movq %r14, 0x28(%rsp)
  movq %r15, 0x30(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %r15
  jmp     label3
block3:
  uninit  %r14
  xorq %r14, %r14
  movq %rcx, %rbx
  movq %r14, <offset:1>+(%rsp)
  jmp     label4
block4:
  cmpq %rbx, %r14
  jl      label6; j label5
block5:
  movq <offset:1>+(%rsp), %rax
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  movq %rdx, %r12
  movq (%r12, %r14, 8), %rdx
  movq %r9, %r13
  testq %r13, %r13
  jz      label10; j label7
block7:
  movq (%r13), %rax
  movq %r13, %rsi
  movq %r15, %rdi
  call    *%rax
  movq %r15, %rdi
  movl 0x90(%rdi), %esi
  leaq 1(%r14), %rdx
  movq <offset:1>+(%rsp), %rcx
  leaq (%rcx, %rax), %rcx
  testl %esi, %esi
  jnz     label9; j label8
block8:
  movq %rcx, <offset:1>+(%rsp)
  movq %rdx, %r14
  movq %r13, %r9
  movq %r12, %rdx
  jmp     label4
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %rdi, %r15
  jmp     label3
block9:
  load_ext_name userextname1+0, %rax
  movq %r15, %rdi
  call    *%rax
  leaq 1(%r14), %r14
  movq %r12, %rdx
  movq %r13, %r9
  movq %rcx, <offset:1>+(%rsp)
  jmp     label4
block10:
  movq %r15, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

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
  movq %rax, %r11
  jmp     label4
block4:
  cmpq %rcx, %rax
  jl      label6; j label5
block5:
  movq %r11, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  movq (%rdx, %rax, 8), %rsi
  load_ext_name userextname0+0, %r8
  testq %r8, %r8
  jz      label10; j label7
block7:
  movq (%r8), %r8
  movl 0x90(%rdi), %r9d
  leaq 1(%rax), %r8
  leaq (%rsi, %rsi), %r10
  movq %r11, %rsi
  leaq (%rsi, %r10), %rsi
  testl %r9d, %r9d
  jnz     label9; j label8
block8:
  movq %r8, %rax
  movq %rsi, %r11
  jmp     label4
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block9:
  load_ext_name userextname4+0, %r8
  call    *%r8
  leaq 1(%rax), %rax
  movq %rsi, %r11
  jmp     label4
block10:
  movq %rdi, %rsi
  call    User(userextname3)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq %rdi, %rbx
  movq 0x88(%rcx), %rax
  movq 0x90(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x88(%rcx)
  jmp     label6
block6:
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movq $0x3, 0x10(%rax)
  uninit  %rcx
  xorq %rcx, %rcx
  movq %rcx, %r12
  jmp     label7
block7:
  cmpq $0x3, %rcx
  jl      label9; j label8
block8:
  load_ext_name userextname2+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block9:
  movq %r12, %rsi
  movq (%rax, %rcx, 8), %rdx
  load_ext_name userextname7+0, %rdi
  testq %rdi, %rdi
  jz      label13; j label10
block10:
  movq (%rdi), %rdi
  movq %rbx, %rdi
  movl 0x90(%rdi), %r8d
  leaq 1(%rcx), %rdi
  leaq (%rdx, %rdx), %rdx
  leaq (%rsi, %rdx), %rsi
  testl %r8d, %r8d
  jnz     label12; j label11
block11:
  movq %rdi, %rcx
  movq %rsi, %r12
  jmp     label7
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label6
block12:
  load_ext_name userextname10+0, %rdx
  movq %rbx, %rdi
  call    *%rdx
  leaq 1(%rcx), %rcx
  movq %rsi, %r12
  jmp     label7
block13:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname9)
  ud2

