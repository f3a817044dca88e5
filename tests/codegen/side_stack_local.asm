; main.mk
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
block0:
  movq %rdx, %rbx
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq 0xa8(%rcx), %rax
  movq 0xb0(%rcx), %rdx
  leaq 0x20(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa8(%rcx)
  movq %rbx, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %rdx, 8(%rax)
  movq %rdx, 0x10(%rax)
  movq %rdx, 0x18(%rax)
  movq (%rsp), %rbx
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rbx, %rdx
  jmp     label6

; main.digit
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
block0:
  movq %rdx, %r14
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %r13
  movq 0x190(%rdi), %rbx
  leaq 0x40(%r13), %rax
  cmpq %rbx, %rax
  jbe     label5; j label4
block5:
  movq %rdi, %r12
  leaq 0x40(%r13), %rax
  movq %rax, 0x188(%r12)
  movq %r13, %rax
  jmp     label6
block6:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq $0x0, 0x10(%rax)
  movq $0x0, 0x18(%rax)
  movq $0x0, 0x20(%rax)
  movq $0x0, 0x28(%rax)
  movq $0x0, 0x30(%rax)
  movq $0x0, 0x38(%rax)
  movq %r14, %rdx
  cmpq $0x40, %rdx
  jnb     label8; j label7
block7:
  movq %rdx, %rcx
  addb $0x30, %cl
  movb %cl, (%rax, %rdx)
  movq %r13, 0x188(%r12)
  movq %rbx, 0x190(%r12)
  movq %rcx, %rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x40, %esi
  load_ext_name userextname1+0, %rax
  movq %rdi, %r12
  call    *%rax
  jmp     label6
block8:
  movq %r12, %rdi
  movl $0x40, %ecx
  movq %rdi, %rsi
  call    User(userextname0)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq %rdi, %r13
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r13, %rdi
  jmp     label3
block3:
  movq %r13, %rdi
  movq 0x188(%rdi), %r12
  movq 0x190(%rdi), %rbx
  leaq 0x40(%r12), %rax
  cmpq %rbx, %rax
  jbe     label5; j label4
block5:
  leaq 0x40(%r12), %rax
  movq %r13, %rdi
  movq %rax, 0x188(%rdi)
  movq %r12, %rax
  jmp     label6
block6:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq $0x0, 0x10(%rax)
  movq $0x0, 0x18(%rax)
  movq $0x0, 0x20(%rax)
  movq $0x0, 0x28(%rax)
  movq $0x0, 0x30(%rax)
  movq $0x0, 0x38(%rax)
  jmp     label7
block7:
  movb $0x37, 7(%rax)
  movq %r13, %rdi
  movq %r12, 0x188(%rdi)
  movq %rbx, 0x190(%rdi)
  movq 0x18(%rdi), %rcx
  movq 0xa8(%rcx), %rax
  movq 0xb0(%rcx), %rdx
  leaq 0x20(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label9; j label8
block9:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa8(%rcx)
  jmp     label10
block10:
  movq $0x3, (%rax)
  movq $0x3, 8(%rax)
  movq $0x3, 0x10(%rax)
  movq $0x3, 0x18(%rax)
  testq %rax, %rax
  jz      label12; j label11
block11:
  movq 0x18(%rax), %rbx
  load_ext_name userextname3+0, %rax
  movq %r13, %rdi
  call    *%rax
  movl $0x37, %esi
  load_ext_name userextname4+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  load_ext_name userextname5+0, %rdx
  movq %r13, %rdi
  call    *%rdx
  load_ext_name userextname6+0, %r8
  movq %rbx, %rsi
  movq %r13, %rdi
  call    *%r8
  load_ext_name userextname7+0, %rsi
  movq %r13, %rdi
  call    *%rsi
  load_ext_name userextname8+0, %rsi
  movq %r13, %rdi
  call    *%rsi
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname9+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x40, %esi
  load_ext_name userextname11+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label6
block8:
  movl $0x20, %esi
  movl $0x1, %edx
  load_ext_name userextname13+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label10
block12:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname2)
  ud2

