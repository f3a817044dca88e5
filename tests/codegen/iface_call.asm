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
  movq 0x18(%rdi), %rax
  movq 0x48(%rax), %rdx
  movq 0x50(%rax), %rcx
  leaq 8(%rdx), %rsi
  cmpq %rcx, %rsi
  jbe     label5; j label4
block5:
  leaq 8(%rdx), %rcx
  movq %rcx, 0x48(%rax)
  jmp     label6
block6:
  movq $0x3, (%rdx)
  jmp     label7
block7:
  jmp     label8
block8:
  load_ext_name userextname0+0, %rax
  testq %rax, %rax
  jz      label11; j label9
block9:
  movq 0x10(%rax), %rax
  movq %rbx, %rsi
  movq %rbx, %rdi
  call    *%rax
  movq %rax, %r12
  jmp     label10
block10:
  load_ext_name userextname3+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq %r12, %rax
  leaq 1(%rax), %rsi
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname7+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x8, %esi
  movl $0x1, %edx
  load_ext_name userextname1+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq %rax, %rdx
  jmp     label6
block11:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname8)
  ud2

