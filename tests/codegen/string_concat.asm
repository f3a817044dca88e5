; main.join
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq <offset:0>+-0x10(%rbp), %r11
  movq <offset:0>+-8(%rbp), %r10
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  leaq 0x98(%rdi), %rsi
  movq %rdx, 0x98(%rdi)
  movq %rcx, 0xa0(%rdi)
  movq %r8, 0xa8(%rdi)
  movq %r9, 0xb0(%rdi)
  movq %r11, 0xb8(%rdi)
  movq %r10, 0xc0(%rdi)
  movl $0x3, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rdx, %rcx
  movq %rbp, %rsp
  popq %rbp
  retq $0x10
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3

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
  load_ext_name userextname0+0, %rax
  leaq 0x98(%rdi), %rsi
  movq %rax, 0x98(%rdi)
  movq $0x1, 0xa0(%rdi)
  load_ext_name userextname1+0, %rax
  movq %rax, 0xa8(%rdi)
  movq $0x1, 0xb0(%rdi)
  load_ext_name userextname2+0, %rax
  movq %rax, 0xb8(%rdi)
  movq $0x1, 0xc0(%rdi)
  movq %rdi, %rbx
  movl $0x3, %edx
  load_ext_name userextname9+0, %rax
  call    *%rax
  movq %rdx, %r12
  movq %rax, %r13
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r12, %rdx
  movq %r13, %rsi
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
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %rax
  call    *%rax
  jmp     label3

