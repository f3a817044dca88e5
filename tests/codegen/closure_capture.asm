; main.counter
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq 0x50(%rcx), %rax
  movq 0x58(%rcx), %rdx
  leaq 8(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 8(%rax), %rdx
  movq %rdx, 0x50(%rcx)
  jmp     label6
block6:
  movq $0x0, (%rax)
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  leaq 0x10(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label8; j label7
block8:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label9
block9:
  load_ext_name userextname1+0, %rcx
  movq %rcx, (%rax)
  movq %r8, %rsi
  movq %rsi, 8(%rax)
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x8, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  jmp     label6
block7:
  movl $0x10, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  call    *%rax
  jmp     label9

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, 0x10(%rsp)
  movq %r12, 0x18(%rsp)
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
  movq 0x50(%rcx), %rax
  movq 0x58(%rcx), %rdx
  leaq 8(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 8(%rax), %rdx
  movq %rdx, 0x50(%rcx)
  jmp     label6
block6:
  movq $0x0, (%rax)
  movq %r12, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rsi
  movq 0x68(%rcx), %rdx
  leaq 0x10(%rsi), %rax
  cmpq %rdx, %rax
  jbe     label8; j label7
block8:
  leaq 0x10(%rsi), %rax
  movq %rax, 0x60(%rcx)
  jmp     label9
block9:
  load_ext_name userextname8+0, %rax
  movq %rax, (%rsi)
  movq %r8, %rax
  movq %rax, 8(%rsi)
  testq %rsi, %rsi
  jz      label11; j label10
block10:
  movq (%rsi), %rcx
  movq %rsi, %rbx
  movq %r12, %rdi
  call    *%rcx
  movq (%rbx), %rax
  movq %rbx, %rsi
  movq %r12, %rdi
  call    *%rax
  movq %rax, %rbx
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
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x8, %esi
  movl $0x1, %edx
  load_ext_name userextname7+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label6
block7:
  movl $0x10, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname7+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq %rax, %rsi
  jmp     label9
block11:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname1)
  ud2

