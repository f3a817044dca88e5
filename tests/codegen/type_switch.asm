; main.area
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  movabsq $0x4008000000000000, %rsi
  vmovq %rsi, %xmm7
  vmulsd %xmm0, %xmm7, %xmm6
  vmulsd %xmm0, %xmm6, %xmm0
  movq %rbp, %rsp
  popq %rbp
  retq

; main.sides
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
  uninit  %rax
  xorq %rax, %rax
  uninit  %xmm0
  vxorpd %xmm0, %xmm0, %xmm0
  load_ext_name userextname0+0, %rsi
  load_ext_name userextname1+0, %r8
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movdqa %xmm0, %xmm1
  jmp     label6
block5:
  movdqa %xmm0, %xmm1
  jmp     label20
block6:
  movq %rax, %r9
  shlq $0x4, %r9
  movq (%rdx, %r9), %r11
  movq 8(%rdx, %r9), %r9
  uninit  %r10
  xorq %r10, %r10
  testq %r11, %r11
  jnz     label8; j label7
block7:
  jmp     label9
block8:
  movq 8(%r11), %r10
  jmp     label9
block9:
  cmpq %rsi, %r10
  jz      label13; j label10
block10:
  cmpq %r8, %r10
  jz      label12; j label11
block11:
  jmp     label14
block12:
  vmovsd (%r9), %xmm2
  movabsq $0x4008000000000000, %r9
  vmovq %r9, %xmm3
  vmulsd %xmm2, %xmm3, %xmm3
  vmulsd %xmm2, %xmm3, %xmm2
  vaddsd %xmm2, %xmm1, %xmm1
  jmp     label14
block13:
  vaddsd (%r9), %xmm0, %xmm0
  jmp     label14
block14:
  movl 0x90(%rdi), %r9d
  testl %r9d, %r9d
  jnz     label16; j label15
block15:
  jmp     label17
block17:
  leaq 1(%rax), %rax
  cmpq %rcx, %rax
  jl      label18; j label19
block18:
  jmp     label6
block19:
  jmp     label20
block20:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname4+0, %rax
  call    *%rax
  jmp     label3
block16:
  load_ext_name userextname3+0, %r9
  call    *%r9
  jmp     label17

; main.area
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  vmulsd %xmm0, %xmm0, %xmm0
  movq %rbp, %rsp
  popq %rbp
  retq

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x30, %rsp
  movq %rbx, 0x20(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq 0xb8(%rcx), %rax
  movq 0xc0(%rcx), %rdx
  leaq 0x30(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x30(%rax), %rdx
  movq %rdx, 0xb8(%rcx)
  jmp     label6
block6:
  load_ext_name userextname0+0, %rcx
  movq %rcx, (%rax)
  load_ext_name userextname1+0, %rcx
  movq %rcx, 8(%rax)
  load_ext_name userextname2+0, %rdx
  movq %rdx, 0x10(%rax)
  load_ext_name userextname3+0, %rsi
  movq %rsi, 0x18(%rax)
  uninit  %rsi
  xorq %rsi, %rsi
  movq $0x0, 0x20(%rax)
  movq $0x0, 0x28(%rax)
  uninit  %xmm5
  vxorpd %xmm5, %xmm5, %xmm0
  load_ext_name userextname12+0, %r8
  load_ext_name userextname13+0, %r9
  movq %rsi, %rcx
  movdqa %xmm0, %xmm1
  jmp     label7
block7:
  movq %rcx, %r10
  shlq $0x4, %r10
  movq (%rax, %r10), %r11
  movq 8(%rax, %r10), %r10
  testq %r11, %r11
  jnz     label9; j label8
block8:
  movq %rsi, %rdx
  jmp     label10
block9:
  movq 8(%r11), %rdx
  jmp     label10
block10:
  cmpq %r8, %rdx
  jz      label14; j label11
block11:
  cmpq %r9, %rdx
  jz      label13; j label12
block12:
  movdqu %xmm0, <offset:1>+(%rsp)
  movdqu %xmm1, <offset:1>+0x10(%rsp)
  jmp     label15
block13:
  vmovsd (%r10), %xmm2
  movabsq $0x4008000000000000, %rdx
  vmovq %rdx, %xmm3
  vmulsd %xmm2, %xmm3, %xmm3
  vmulsd %xmm2, %xmm3, %xmm2
  vaddsd %xmm2, %xmm1, %xmm1
  movdqu %xmm1, <offset:1>+0x10(%rsp)
  movdqu %xmm0, <offset:1>+(%rsp)
  jmp     label15
block14:
  movdqu %xmm1, <offset:1>+0x10(%rsp)
  vaddsd (%r10), %xmm0, %xmm0
  movdqu %xmm0, <offset:1>+(%rsp)
  jmp     label15
block15:
  movl 0x90(%rdi), %edx
  testl %edx, %edx
  jnz     label17; j label16
block16:
  movq %rdi, %rbx
  jmp     label18
block18:
  leaq 1(%rcx), %rcx
  cmpq $0x3, %rcx
  jl      label19; j label20
block19:
  movq %rbx, %rdi
  movdqu <offset:1>+(%rsp), %xmm0
  movdqu <offset:1>+0x10(%rsp), %xmm1
  jmp     label7
block20:
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movdqu <offset:1>+(%rsp), %xmm0
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname8+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movdqu <offset:1>+0x10(%rsp), %xmm0
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname9+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname10+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq 0x20(%rsp), %rbx
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname11+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x30, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname4+0, %rax
  call    *%rax
  jmp     label6
block17:
  load_ext_name userextname15+0, %rdx
  call    *%rdx
  movq %rdi, %rbx
  jmp     label18

