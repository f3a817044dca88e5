; main.mk
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq %rdx, %r8
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq 0xb0(%rcx), %rax
  movq 0xb8(%rcx), %rsi
  leaq 0x20(%rax), %rdx
  cmpq %rsi, %rdx
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xb0(%rcx)
  movq %r8, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %rdx, 8(%rax)
  movq %rdx, 0x10(%rax)
  movq %rdx, 0x18(%rax)
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
  movq %r8, %rdx
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
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %rsi
  movq 0x1a0(%rdi), %r8
  cmpq %rcx, %r8
  setne %r10b
  leaq 0x50(%rsi), %r9
  cmpq %r8, %r9
  setbe %r11b
  testb %r10b, %r11b
  jnz     label6; j label5
block6:
  movq %r9, 0x188(%rdi)
  movq %r8, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x50(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %rsi
  jmp     label8
block8:
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
  jnb     label10; j label9
block9:
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
block5:
  movl $0x50, %esi
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq $0xffffffffffffffb0, %rsi
  addq 0x188(%rdi), %rsi
  jmp     label8
block10:
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
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x50(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label7; j label4
block4:
  movq %r12, %rdi
  movq 0x198(%rdi), %rdx
  movq 0x1a0(%rdi), %rsi
  cmpq %rcx, %rsi
  setne %r8b
  leaq 0x50(%rdx), %rdi
  cmpq %rsi, %rdi
  setbe %r9b
  testb %r8b, %r9b
  jnz     label6; j label5
block6:
  movq %r12, %r8
  movq %rdi, 0x188(%r8)
  movq %r12, %rdi
  movq %rsi, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x50(%rax), %rdx
  movq %r12, %rdi
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label8
block8:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq %r12, %rdi
  movq 0x188(%rdi), %rax
  movq $0x0, -0x40(%rax)
  movq $0x0, -0x38(%rax)
  movq $0x0, -0x30(%rax)
  movq $0x0, -0x28(%rax)
  movq $0x0, -0x20(%rax)
  movq $0x0, -0x18(%rax)
  movq $0x0, -0x10(%rax)
  movq $0x0, -8(%rax)
  jmp     label9
block9:
  movb $0x37, -0x39(%rax)
  movq %r12, %rdi
  movq 0x188(%rdi), %rdi
  movq -0x50(%rdi), %r8
  movq -0x48(%rdi), %rdi
  movq %r12, %rax
  movq %r8, 0x188(%rax)
  movq %rdi, 0x190(%rax)
  movq %r12, %rdi
  movq 0x18(%rdi), %r9
  movq 0xb0(%r9), %rax
  movq 0xb8(%r9), %r10
  leaq 0x20(%rax), %r11
  cmpq %r10, %r11
  jbe     label11; j label10
block11:
  leaq 0x20(%rax), %rcx
  movq %rcx, 0xb0(%r9)
  jmp     label12
block12:
  movq $0x3, (%rax)
  movq $0x3, 8(%rax)
  movq $0x3, 0x10(%rax)
  movq $0x3, 0x18(%rax)
  testq %rax, %rax
  jz      label14; j label13
block13:
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
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname9+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label3
block5:
  movl $0x50, %esi
  load_ext_name userextname11+0, %rdx
  movq %r12, %rdi
  call    *%rdx
  movq $0xffffffffffffffb0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label8
block10:
  movl $0x20, %esi
  movl $0x1, %edx
  load_ext_name userextname13+0, %r11
  movq %r12, %rdi
  call    *%r11
  jmp     label12
block14:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname2)
  ud2

