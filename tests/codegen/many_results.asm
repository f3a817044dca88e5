; main.spread
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  movq 0x18(%rdi), %rax
  movq %rdx, 0xce8(%rax)
  leaq 1(%rdx), %rcx
  movq %rcx, 0xcf0(%rax)
  leaq 2(%rdx), %rcx
  movq %rcx, 0xcf8(%rax)
  leaq 3(%rdx), %rcx
  movq %rcx, 0xd00(%rax)
  leaq 4(%rdx), %rcx
  movq %rcx, 0xd08(%rax)
  leaq 5(%rdx), %rcx
  movq %rcx, 0xd10(%rax)
  leaq 6(%rdx), %rcx
  movq %rcx, 0xd18(%rax)
  leaq 7(%rdx), %rcx
  movq %rcx, 0xd20(%rax)
  leaq 8(%rdx), %rcx
  movq %rcx, 0xd28(%rax)
  leaq 9(%rdx), %rcx
  movq %rcx, 0xd30(%rax)
  movq %rbp, %rsp
  popq %rbp
  retq

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rax
  movq $0x1, 0xce8(%rax)
  movq $0x2, 0xcf0(%rax)
  movq $0x3, 0xcf8(%rax)
  movq $0x4, 0xd00(%rax)
  movq $0x5, 0xd08(%rax)
  movq $0x6, 0xd10(%rax)
  movq $0x7, 0xd18(%rax)
  movq $0x8, 0xd20(%rax)
  movq $0x9, 0xd28(%rax)
  movq $0xa, 0xd30(%rax)
  movq 0x18(%rdi), %rax
  movq %rdi, %r13
  movq 0xce8(%rax), %rbx
  movq 0xcf0(%rax), %rcx
  movq 0xcf8(%rax), %rcx
  movq 0xd00(%rax), %rcx
  movq 0xd08(%rax), %rcx
  movq 0xd10(%rax), %rcx
  movq 0xd18(%rax), %rcx
  movq 0xd20(%rax), %rcx
  movq 0xd28(%rax), %rcx
  movq 0xd30(%rax), %r12
  load_ext_name userextname1+0, %rax
  call    *%rax
  load_ext_name userextname2+0, %rax
  movq %rbx, %rsi
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname2+0, %rax
  movq %r12, %rsi
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  jmp     label3

