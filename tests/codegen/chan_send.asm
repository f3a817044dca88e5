; main.consume
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
block0:
  movq %rdx, %rsi
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jl      label2; j label1
block1:
  jmp     label3
block3:
  leaq 0x98(%rdi), %rdx
  movq %rdi, %rbx
  movl $0x1, %ecx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq 0x98(%rbx), %rax
  movq (%rsp), %rbx
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3

; main.produce
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %r12, (%rsp)
block0:
  movq %rdx, %rsi
  movq    %rsp, %r10
  subq 0x10(%rdi), %r10
  cmpq $0x100, %r10
  jl      label2; j label1
block1:
  jmp     label3
block3:
  leaq (%rcx, %rcx), %rax
  leaq 0x98(%rdi), %rdx
  movq %rax, 0x98(%rdi)
  movq %rdi, %r12
  movl $0x1, %ecx
  load_ext_name userextname0+0, %rax
  call    *%rax
  cmpq $0x1, %rax
  jz      label5; j label4
block4:
  movq (%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block5:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname1)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq %rdi, %r12
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  jmp     label4
block4:
  load_ext_name userextname1+0, %rsi
  movl $0x1, %ebx
  load_ext_name userextname2+0, %rax
  movq %rbx, %rdx
  movq %r12, %rdi
  call    *%rax
  movq %r12, %rdi
  movq %rax, %r13
  leaq 0x98(%rdi), %rdx
  movq $0x2a, 0x98(%rdi)
  load_ext_name userextname14+0, %rax
  movq %rbx, %rcx
  movq %r13, %rsi
  call    *%rax
  cmpq $0x1, %rax
  jz      label6; j label5
block5:
  movq %r12, %rdi
  leaq 0x98(%rdi), %rdx
  movl $0x1, %ecx
  load_ext_name userextname18+0, %rax
  movq %r13, %rsi
  call    *%rax
  movq %r12, %rdi
  movq 0x98(%rdi), %rbx
  load_ext_name userextname5+0, %rax
  call    *%rax
  load_ext_name userextname6+0, %rax
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
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname9+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label3
block6:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname15)
  ud2

