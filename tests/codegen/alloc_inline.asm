; main.mk
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq %rdx, %r9
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rsi
  movq 0x70(%rsi), %rax
  movq 0x78(%rsi), %r8
  leaq 0x10(%rax), %rdx
  cmpq %r8, %rdx
  jbe     label5; j label4
block5:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x70(%rsi)
  movq %r9, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %rcx, 8(%rax)
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x10, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %r9, %rdx
  jmp     label6

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
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
  movq 0x70(%rcx), %rax
  movq 0x78(%rcx), %rdx
  leaq 0x10(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x70(%rcx)
  jmp     label6
block6:
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  testq %rax, %rax
  jz      label8; j label7
block7:
  movq 8(%rax), %rbx
  load_ext_name userextname2+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %rbx, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x10, %esi
  movl $0x1, %edx
  load_ext_name userextname7+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label6
block8:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname1)
  ud2

