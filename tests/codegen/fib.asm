; main.fib
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
block0:
  movq %rdx, %rbx
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rbx, %rdx
  movq %rdi, %r12
  jmp     label3
block3:
  movq %rbx, %rdx
  cmpq $0x2, %rdx
  jl      label11; j label4
block4:
  movq %rbx, %rdx
  movq %rdx, %r13
  subq $0x1, %r13
  cmpq $0x2, %r13
  jl      label5; j label6
block5:
  jmp     label7
block6:
  movq %rbx, %rdx
  subq $0x2, %rdx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %rbx, %rdx
  subq $0x3, %rdx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %r13
  jmp     label7
block7:
  movq %rbx, %rcx
  subq $0x2, %rcx
  cmpq $0x2, %rcx
  jl      label8; j label9
block8:
  jmp     label10
block9:
  movq %rbx, %rdx
  subq $0x3, %rdx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %rax, %r14
  movq %rbx, %rdx
  subq $0x4, %rdx
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  movq %r14, %rcx
  leaq (%rcx, %rax), %rcx
  jmp     label10
block10:
  leaq (%r13, %rcx), %rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block11:
  movq %rbx, %rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %r12
  movq %rbx, %rdx
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

