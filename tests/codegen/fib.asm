; main.fib
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r15, 0x10(%rsp)
block0:
  movq %rdx, %r15
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jl      label2; j label1
block1:
  movq %r15, %rdx
  movq %rdi, %r12
  jmp     label3
block3:
  movq %r15, %rdx
  cmpq $0x2, %rdx
  jl      label5; j label4
block4:
  movq %r15, %rdx
  subq $0x1, %rdx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %r15, %rdx
  movq %rax, %rbx
  subq $0x2, %rdx
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  movq %rbx, %rcx
  leaq (%rcx, %rax), %rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r15
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block5:
  movq %r15, %rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r15
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %r12
  movq %r15, %rdx
  jmp     label3

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %r12, (%rsp)
  movq %r15, 8(%rsp)
block0:
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jl      label2; j label1
block1:
  movq %rdi, %r12
  jmp     label3
block3:
  movl $0xa, %edx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %rax, %r15
  load_ext_name userextname1+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname2+0, %rax
  movq %r15, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq (%rsp), %r12
  movq 8(%rsp), %r15
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname5+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label3

