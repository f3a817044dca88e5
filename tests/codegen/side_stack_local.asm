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
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x50(%rax), %rsi
  cmpq %rcx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x50(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %rsi
  jmp     label6
block6:
  movq %rax, (%rsi)
  movq %rcx, 8(%rsi)
  movq 0x188(%rdi), %rax
  movq $0x0, -0x40(%rax)
  movq $0x0, -0x38(%rax)
  movq $0x0, -0x30(%rax)
  movq $0x0, -0x28(%rax)
  movq $0x0, -0x20(%rax)
  movq $0x0, -0x18(%rax)
  movq $0x0, -0x10(%rax)
  movq $0x0, -8(%rax)
  cmpq $0x40, %rdx
  jnb     label8; j label7
block7:
  movq %rdx, %rcx
  addb $0x30, %cl
  movb %cl, -0x40(%rax, %rdx)
  movq 0x188(%rdi), %rax
  movq -0x50(%rax), %rdx
  movq -0x48(%rax), %rax
  movq %rdx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
  movq %rcx, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x50, %esi
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq $0xffffffffffffffb0, %rsi
  addq 0x188(%rdi), %rsi
  jmp     label6
block8:
  movq %rdi, %rsi
  movl $0x40, %ecx
  call    User(userextname0)
  ud2

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
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x50(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label5; j label4
block5:
  leaq 0x50(%rax), %rdx
  movq %rbx, %rdi
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label6
block6:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq %rbx, %rdi
  movq 0x188(%rdi), %rax
  movq $0x0, -0x40(%rax)
  movq $0x0, -0x38(%rax)
  movq $0x0, -0x30(%rax)
  movq $0x0, -0x28(%rax)
  movq $0x0, -0x20(%rax)
  movq $0x0, -0x18(%rax)
  movq $0x0, -0x10(%rax)
  movq $0x0, -8(%rax)
  jmp     label7
block7:
  movb $0x37, -0x39(%rax)
  movq %rbx, %rdi
  movq 0x188(%rdi), %rax
  movq -0x50(%rax), %rcx
  movq -0x48(%rax), %rax
  movq %rcx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
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
  movq 0x18(%rax), %r12
  load_ext_name userextname3+0, %r8
  movq %rbx, %rdi
  call    *%r8
  movl $0x37, %esi
  load_ext_name userextname4+0, %r9
  movq %rbx, %rdi
  call    *%r9
  load_ext_name userextname5+0, %r10
  movq %rbx, %rdi
  call    *%r10
  load_ext_name userextname6+0, %r11
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%r11
  load_ext_name userextname7+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname8+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname9+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x50, %esi
  load_ext_name userextname11+0, %rdx
  movq %rbx, %rdi
  call    *%rdx
  movq $0xffffffffffffffb0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label6
block8:
  movl $0x20, %esi
  movl $0x1, %edx
  load_ext_name userextname13+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label10
block12:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname2)
  ud2

