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
  uninit  %r13
  xorq %r13, %r13
  testq %rcx, %rcx
  movq %rcx, %r14
  jnle    label4; j label5
block4:
  movq %rdx, %rbx
  movq %r13, <offset:1>+(%rsp)
  jmp     label6
block5:
  movq %r13, %rax
  jmp     label13
block6:
  movq (%rbx, %r13, 8), %rdx
  movq %r9, %r12
  testq %r12, %r12
  jz      label14; j label7
block7:
  movq (%r12), %rax
  movq %r12, %rsi
  movq %r15, %rdi
  call    *%rax
  movq %rax, %rcx
  movq %r15, %rdi
  movl 0x90(%rdi), %eax
  testl %eax, %eax
  jnz     label9; j label8
block8:
  jmp     label10
block10:
  leaq 1(%r13), %r13
  movq <offset:1>+(%rsp), %rax
  leaq (%rax, %rcx), %rax
  movq %r14, %rcx
  cmpq %rcx, %r13
  jl      label11; j label12
block11:
  movq %r12, %r9
  movq %rcx, %r14
  movq %rax, <offset:1>+(%rsp)
  jmp     label6
block12:
  jmp     label13
block13:
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %rdi, %r15
  jmp     label3
block9:
  load_ext_name userextname1+0, %rax
  movq %r15, %rdi
  call    *%rax
  jmp     label10
block14:
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
  uninit  %r9
  xorq %r9, %r9
  load_ext_name userextname0+0, %rsi
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movq %r9, %r11
  jmp     label6
block5:
  movq %r9, %rax
  jmp     label13
block6:
  movq (%rdx, %r9, 8), %r8
  testq %rsi, %rsi
  jz      label14; j label7
block7:
  movq (%rsi), %rax
  movl 0x90(%rdi), %eax
  testl %eax, %eax
  jnz     label9; j label8
block8:
  movq %rdi, %r10
  jmp     label10
block10:
  leaq 1(%r9), %r9
  leaq (%r8, %r8), %rdi
  movq %r11, %rax
  leaq (%rax, %rdi), %rax
  cmpq %rcx, %r9
  jl      label11; j label12
block11:
  movq %r10, %rdi
  movq %rax, %r11
  jmp     label6
block12:
  jmp     label13
block13:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block9:
  load_ext_name userextname4+0, %rax
  call    *%rax
  movq %rdi, %r10
  jmp     label10
block14:
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
  movq %rdi, %rbx
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rbx, %rdi
  jmp     label3
block3:
  movq %rbx, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x90(%rcx), %rax
  movq 0x98(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x90(%rcx)
  jmp     label6
block6:
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movq $0x3, 0x10(%rax)
  uninit  %rcx
  xorq %rcx, %rcx
  load_ext_name userextname7+0, %rdx
  movq %rcx, %rsi
  jmp     label7
block7:
  movq (%rax, %rcx, 8), %r9
  testq %rdx, %rdx
  jz      label14; j label8
block8:
  movq (%rdx), %r8
  movq %rbx, %rdi
  movl 0x90(%rdi), %r8d
  testl %r8d, %r8d
  jnz     label10; j label9
block9:
  jmp     label11
block11:
  leaq 1(%rcx), %rcx
  leaq (%r9, %r9), %rdi
  leaq (%rsi, %rdi), %rsi
  movq %rsi, %r12
  cmpq $0x3, %rcx
  jl      label12; j label13
block12:
  movq %r12, %rsi
  jmp     label7
block13:
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
block2:
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label6
block10:
  load_ext_name userextname10+0, %r8
  movq %rbx, %rdi
  call    *%r8
  jmp     label11
block14:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname9)
  ud2

