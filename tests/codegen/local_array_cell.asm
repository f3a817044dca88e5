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
  subq $0x50, %rsp
  movq %rbx, 0x40(%rsp)
  movq %r12, 0x48(%rsp)
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
  movq %rdi, %r12
  movq 0xe8(%rcx), %rax
  movq 0xf0(%rcx), %rdx
  leaq 0x40(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x40(%rax), %rdx
  movq %rax, %rsi
  movq %rdx, 0xe8(%rcx)
  movq %rbx, %rdx
  jmp     label6
block6:
  cmpq $0x40, %rdx
  jnb     label8; j label7
block7:
  movq %rdx, %rax
  addb $0x30, %al
  movq %rsi, %rcx
  movb %al, (%rcx, %rdx)
  movq 0x40(%rsp), %rbx
  movq 0x48(%rsp), %r12
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x40, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq %rbx, %rdx
  movq %rax, %rsi
  jmp     label6
block8:
  movl $0x40, %ecx
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname1)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x50, %rsp
  movq %rbx, 0x40(%rsp)
  movq %r12, 0x48(%rsp)
block0:
  movq %rdi, %r12
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r12, %rdi
  jmp     label3
block3:
  movq %r12, %rdi
  movq 0x18(%rdi), %rcx
  movq 0xe8(%rcx), %rax
  movq 0xf0(%rcx), %rdx
  leaq 0x40(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x40(%rax), %rdx
  movq %rdx, 0xe8(%rcx)
  jmp     label6
block6:
  jmp     label7
block7:
  movb $0x37, 7(%rax)
  movq %r12, %rdi
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
  movq %r12, %rdi
  call    *%rax
  movl $0x37, %esi
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r12, %rdi
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
  movq 0x40(%rsp), %rbx
  movq 0x48(%rsp), %r12
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname9+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x40, %esi
  movl $0x1, %edx
  load_ext_name userextname10+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label6
block8:
  movl $0x20, %esi
  movl $0x1, %edx
  load_ext_name userextname10+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label10
block12:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname2)
  ud2

