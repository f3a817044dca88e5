; main.sum
  pushq %rbp
  movq %rsp, %rbp
  subq $0x50, %rsp
  movq %rbx, 0x20(%rsp)
  movq %r12, 0x28(%rsp)
  movq %r13, 0x30(%rsp)
  movq %r14, 0x38(%rsp)
  movq %r15, 0x40(%rsp)
block0:
  movq %rdx, %r15
  movq    %rsp, %r8
  subq 0x10(%rdi), %r8
  cmpq $0x100, %r8
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %r11
  leaq 0x20(%rax), %rdx
  cmpq %r11, %rdx
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %rdx
  movq 0x1a0(%rdi), %r8
  cmpq %r11, %r8
  setne %r10b
  leaq 0x20(%rdx), %r9
  cmpq %r8, %r9
  setbe %sil
  testb %r10b, %sil
  jnz     label6; j label5
block6:
  movq %r9, 0x188(%rdi)
  movq %r8, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label8
block8:
  movq %rax, (%rdx)
  movq %r11, 8(%rdx)
  uninit  %r11
  xorq %r11, %r11
  uninit  %xmm0
  vxorpd %xmm0, %xmm0, %xmm0
  load_ext_name userextname0+0, %rsi
  testq %rcx, %rcx
  movq %rcx, %r13
  jnle    label9; j label10
block9:
  movq %r11, %rcx
  movq %r11, %rdx
  movq %r11, %r8
  movq %r15, %r10
  jmp     label11
block10:
  movq %r11, %r12
  movq %r11, %r13
  movq %r11, %r14
  jmp     label23
block11:
  vmovsd (%r10, %r11, 8), %xmm1
  vucomisd (%rip), %xmm1
  jnbe    label13; j label12
block12:
  movq %rcx, %r14
  jmp     label17
block13:
  leaq 1(%rcx), %r9
  cmpq %r8, %r9
  jnbe    label15; j label14
block14:
  jmp     label16
block16:
  movq %r11, (%rdx, %rcx, 8)
  movq %r9, %r14
  jmp     label17
block17:
  movl 0x90(%rdi), %eax
  testl %eax, %eax
  jnz     label19; j label18
block18:
  jmp     label20
block20:
  leaq 1(%r11), %r11
  vaddsd %xmm1, %xmm0, %xmm0
  movq %r13, %rcx
  cmpq %rcx, %r11
  movq %r11, %r12
  jl      label21; j label22
block21:
  movq %rcx, %r13
  movq %r12, %r11
  movq %r14, %rcx
  jmp     label11
block22:
  movq %rdx, %r12
  movq %r8, %r13
  jmp     label23
block23:
  movq 0x18(%rdi), %rsi
  movq 0x50(%rsi), %rax
  movq 0x58(%rsi), %rcx
  leaq 8(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label25; j label24
block25:
  leaq 8(%rax), %rcx
  movq %rcx, 0x50(%rsi)
  jmp     label26
block26:
  vmovsd %xmm0, (%rax)
  movdqu %xmm0, <offset:1>+(%rsp)
  movq 0x188(%rdi), %rsi
  movq %rdi, %rbx
  load_ext_name userextname3+0, %rcx
  leaq -0x10(%rsi), %r8
  movq %rcx, -0x10(%rsi)
  movq %rax, -8(%rsi)
  load_ext_name userextname8+0, %rax
  movq (%rax), %rcx
  load_ext_name userextname9+0, %rdx
  movl $0x1, %r9d
  movq %r9, (%rsp)
  movq %rbx, %rsi
  call    User(userextname10)
  movq 0x188(%rbx), %rcx
  movq -0x20(%rcx), %rdx
  movq -0x18(%rcx), %rcx
  movq %rdx, 0x188(%rbx)
  movq %rcx, 0x190(%rbx)
  movq %r12, %rax
  movq %r14, %rcx
  movq %r13, %rdx
  movdqu <offset:1>+(%rsp), %xmm0
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %r12
  movq 0x30(%rsp), %r13
  movq 0x38(%rsp), %r14
  movq 0x40(%rsp), %r15
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname7+0, %r11
  call    *%r11
  jmp     label3
block5:
  movl $0x20, %esi
  load_ext_name userextname6+0, %rdx
  call    *%rdx
  movq $0xffffffffffffffe0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label8
block15:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdx, %r8
  movq %rax, %rdx
  jmp     label16
block19:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label20
block24:
  movl $0x8, %esi
  movl $0x1, %edx
  load_ext_name userextname4+0, %rax
  call    *%rax
  jmp     label26

; main.main
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
  movq 0x18(%rdi), %rax
  movq 0x70(%rax), %rdx
  movq 0x78(%rax), %rcx
  leaq 0x10(%rdx), %rsi
  cmpq %rcx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x10(%rdx), %rcx
  movq %rcx, 0x70(%rax)
  jmp     label6
block6:
  movabsq $0x3ff0000000000000, %rax
  vmovq %rax, %xmm0
  vmovsd %xmm0, (%rdx)
  movabsq $0x4069000000000000, %rax
  vmovq %rax, %xmm0
  vmovsd %xmm0, 8(%rdx)
  movl $0x2, %r8d
  movq %rdi, %rsi
  movq %r8, %rcx
  call    User(userextname1)
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x10, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rax, %rdx
  jmp     label6

