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
  uninit  %r9
  xorq %r9, %r9
  uninit  %xmm0
  vxorpd %xmm0, %xmm0, %xmm0
  movl $0x400, %esi
  cmpq %rcx, %rsi
  movq %rcx, %rax
  cmovbq %rsi, %rax
  load_ext_name userextname0+0, %rsi
  load_ext_name userextname1+0, %r8
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movdqa %xmm0, %xmm1
  jmp     label6
block5:
  movdqa %xmm0, %xmm1
  jmp     label18
block6:
  movq %r9, %r10
  shlq $0x4, %r10
  movq (%rdx, %r10), %r11
  movq 8(%rdx, %r10), %r10
  testq %r11, %r11
  jnz     label8; j label7
block8:
  movq 8(%r11), %r11
  jmp     label9
block9:
  cmpq %rsi, %r11
  jz      label13; j label10
block10:
  cmpq %r8, %r11
  jz      label12; j label11
block11:
  jmp     label14
block12:
  vmovsd (%r10), %xmm2
  movabsq $0x4008000000000000, %r10
  vmovq %r10, %xmm3
  vmulsd %xmm2, %xmm3, %xmm3
  vmulsd %xmm2, %xmm3, %xmm2
  vaddsd %xmm2, %xmm1, %xmm1
  jmp     label14
block13:
  vaddsd (%r10), %xmm0, %xmm0
  jmp     label14
block14:
  leaq 1(%r9), %r9
  cmpq %rax, %r9
  jl      label15; j label16
block15:
  jmp     label6
block16:
  cmpq %rcx, %rax
  jl      label19; j label17
block17:
  jmp     label18
block18:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname4+0, %rax
  call    *%rax
  jmp     label3
block7:
  uninit  %r11
  xorq %r11, %r11
  jmp     label9
block19:
  movl 0x90(%rdi), %r9d
  testl %r9d, %r9d
  jnz     label21; j label20
block20:
  jmp     label22
block21:
  load_ext_name userextname3+0, %r10
  call    *%r10
  jmp     label22
block22:
  movq %rcx, %r10
  subq %rax, %r10
  leaq 0x400(%rax), %r9
  cmpq $0x400, %r10
  movq %rcx, %r10
  cmovaq %r9, %r10
  movq %rax, %r9
  movq %r10, %rax
  jmp     label6

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
  movq 0xc0(%rcx), %rax
  movq 0xc8(%rcx), %rdx
  leaq 0x30(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  movq %rdi, %rbx
  leaq 0x30(%rax), %rsi
  movq %rsi, 0xc0(%rcx)
  jmp     label6
block6:
  load_ext_name userextname0+0, %rsi
  movq %rsi, (%rax)
  load_ext_name userextname1+0, %rdi
  movq %rdi, 8(%rax)
  load_ext_name userextname2+0, %r8
  movq %r8, 0x10(%rax)
  load_ext_name userextname3+0, %r9
  movq %r9, 0x18(%rax)
  uninit  %r10
  xorq %r10, %r10
  movq $0x0, 0x20(%rax)
  movq $0x0, 0x28(%rax)
  uninit  %xmm0
  vxorpd %xmm0, %xmm0, %xmm0
  movdqu %xmm0, <offset:1>+(%rsp)
  movl $0x3, %ecx
  load_ext_name userextname12+0, %rdx
  load_ext_name userextname13+0, %rsi
  movq %r10, %rdi
  jmp     label7
block7:
  movq %rdi, %r8
  shlq $0x4, %r8
  movq (%rax, %r8), %r9
  movq 8(%rax, %r8), %r8
  testq %r9, %r9
  jnz     label9; j label8
block9:
  movq 8(%r9), %r9
  jmp     label10
block10:
  cmpq %rdx, %r9
  jz      label14; j label11
block11:
  cmpq %rsi, %r9
  jz      label13; j label12
block12:
  movdqu %xmm0, <offset:1>+0x10(%rsp)
  jmp     label15
block13:
  vmovsd (%r8), %xmm1
  movabsq $0x4008000000000000, %r8
  vmovq %r8, %xmm2
  vmulsd %xmm1, %xmm2, %xmm2
  vmulsd %xmm1, %xmm2, %xmm1
  vaddsd %xmm1, %xmm0, %xmm0
  movdqu %xmm0, <offset:1>+0x10(%rsp)
  jmp     label15
block14:
  movdqu %xmm0, <offset:1>+0x10(%rsp)
  movdqu <offset:1>+(%rsp), %xmm0
  vaddsd (%r8), %xmm0, %xmm0
  movdqu %xmm0, <offset:1>+(%rsp)
  jmp     label15
block15:
  leaq 1(%rdi), %rdi
  cmpq %rcx, %rdi
  jl      label16; j label17
block16:
  movdqu <offset:1>+0x10(%rsp), %xmm0
  jmp     label7
block17:
  cmpq $0x3, %rcx
  jl      label19; j label18
block18:
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
  load_ext_name userextname4+0, %r8
  call    *%r8
  movq %rdi, %rbx
  jmp     label6
block8:
  movq %r10, %r9
  jmp     label10
block19:
  movq %rbx, %rdi
  movdqu <offset:1>+(%rsp), %xmm0
  movl 0x90(%rdi), %edi
  testl %edi, %edi
  jnz     label21; j label20
block20:
  jmp     label22
block21:
  load_ext_name userextname15+0, %r8
  movq %rbx, %rdi
  call    *%r8
  jmp     label22
block22:
  movl $0x3, %edi
  movq %rdi, %r9
  subq %rcx, %r9
  leaq 0x400(%rcx), %r8
  cmpq $0x400, %r9
  cmovaq %r8, %rdi
  movq %rcx, %r8
  movq %rdi, %rcx
  movq %r8, %rdi
  movdqu %xmm0, <offset:1>+(%rsp)
  movdqu <offset:1>+0x10(%rsp), %xmm0
  jmp     label7

