; main.measure
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %r8
  subq 0x10(%rdi), %r8
  cmpq $0x100, %r8
  jl      label2; j label1
block1:
  movq %rdi, %rsi
  jmp     label3
block3:
  testq %rdx, %rdx
  jz      label5; j label4
block4:
  movq 0x10(%rdx), %rax
  movq %rcx, %rdx
  movq %rsi, %rdi
  call    *%rax
  leaq 1(%rax), %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %rsi
  jmp     label3
block5:
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.area
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  movq %rdx, %rax
  imulq %rdx, %rax
  movq %rbp, %rsp
  popq %rbp
  retq

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r15, 8(%rsp)
block0:
  movq %rdi, %r15
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  load_ext_name userextname0+0, %rax
  testq %rax, %rax
  jz      label5; j label4
block4:
  movq 0x10(%rax), %rax
  load_ext_name userextname1+0, %rdx
  movq %r15, %rsi
  movq %r15, %rdi
  call    *%rax
  movq %rax, %rbx
  load_ext_name userextname3+0, %rax
  movq %r15, %rdi
  call    *%rax
  movq %rbx, %rax
  leaq 1(%rax), %rsi
  load_ext_name userextname4+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %r15, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r15
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname7+0, %rax
  movq %r15, %rdi
  call    *%rax
  jmp     label3
block5:
  movq %r15, %rsi
  movq %rsi, %rdi
  call    User(userextname8)
  ud2

