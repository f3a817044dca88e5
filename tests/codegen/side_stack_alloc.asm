; main.total
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
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0x400, %r8d
  cmpq %rcx, %r8
  movq %rcx, %rax
  cmovbq %r8, %rax
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movq %rsi, %r9
  jmp     label6
block5:
  movq %rsi, %rax
  movq %rsi, %r9
  jmp     label10
block6:
  movq (%rdx, %rsi, 8), %r8
  leaq 1(%rsi), %rsi
  leaq (%r9, %r8), %r9
  cmpq %rax, %rsi
  jl      label7; j label8
block7:
  jmp     label6
block8:
  cmpq %rcx, %rax
  jl      label11; j label9
block9:
  movq %r9, %rax
  jmp     label10
block10:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block11:
  movl 0x90(%rdi), %esi
  testl %esi, %esi
  jnz     label13; j label12
block12:
  jmp     label14
block13:
  load_ext_name userextname0+0, %rsi
  call    *%rsi
  jmp     label14
block14:
  movq %rcx, %r8
  subq %rax, %r8
  leaq 0x400(%rax), %rsi
  cmpq $0x400, %r8
  movq %rcx, %r8
  cmovaq %rsi, %r8
  movq %rax, %rsi
  movq %r8, %rax
  jmp     label6

; main.norm1
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %rsi
  subq 0x10(%rdi), %rsi
  cmpq $0x100, %rsi
  jl      label2; j label1
block1:
  movq %rdi, %rsi
  jmp     label3
block3:
  testq %rdx, %rdx
  jz      label5; j label4
block4:
  movq (%rdx), %rax
  addq 8(%rdx), %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %r10
  call    *%r10
  movq %rdi, %rsi
  jmp     label3
block5:
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.three
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rbx
  leaq 0x30(%rax), %rsi
  cmpq %rbx, %rsi
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %r8
  movq 0x1a0(%rdi), %r9
  cmpq %rbx, %r9
  setne %r11b
  leaq 0x30(%r8), %r10
  cmpq %r9, %r10
  setbe %sil
  testb %r11b, %sil
  jnz     label6; j label5
block6:
  movq %r10, 0x188(%rdi)
  movq %r9, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x30(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %r8
  jmp     label8
block8:
  movq %rax, (%r8)
  movq %rbx, 8(%r8)
  movq 0x188(%rdi), %rsi
  movq %rdx, -0x20(%rsi)
  movq %rcx, -0x18(%rsi)
  movl $0x3, %ecx
  movq $0x3, -0x10(%rsi)
  uninit  %rdx
  xorq %rdx, %rdx
  movq %rdx, %rax
  jmp     label9
block9:
  movq -0x20(%rsi, %rdx, 8), %r8
  leaq 1(%rdx), %rdx
  leaq (%rax, %r8), %rax
  cmpq %rcx, %rdx
  jl      label10; j label11
block10:
  jmp     label9
block11:
  cmpq $0x3, %rcx
  jl      label13; j label12
block12:
  movq 0x188(%rdi), %rsi
  movq -0x30(%rsi), %r8
  movq -0x28(%rsi), %rsi
  movq %r8, 0x188(%rdi)
  movq %rsi, 0x190(%rdi)
  movq (%rsp), %rbx
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block5:
  movl $0x30, %esi
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq $0xffffffffffffffd0, %r8
  addq 0x188(%rdi), %r8
  jmp     label8
block13:
  movl 0x90(%rdi), %r9d
  testl %r9d, %r9d
  jnz     label15; j label14
block14:
  jmp     label16
block15:
  load_ext_name userextname3+0, %rdx
  call    *%rdx
  jmp     label16
block16:
  movl $0x3, %r11d
  movq %r11, %r8
  subq %rcx, %r8
  leaq 0x400(%rcx), %rdx
  cmpq $0x400, %r8
  cmovaq %rdx, %r11
  movq %rcx, %rdx
  movq %r11, %rcx
  jmp     label9

; main.spread
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r15, 0x10(%rsp)
block0:
  movq %rdx, %r12
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0xb0(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %rdx
  movq 0x1a0(%rdi), %rsi
  cmpq %rcx, %rsi
  setne %r9b
  leaq 0xb0(%rdx), %r8
  cmpq %rsi, %r8
  setbe %r10b
  testb %r9b, %r10b
  jnz     label6; j label5
block6:
  movq %r8, 0x188(%rdi)
  movq %rsi, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0xb0(%rax), %rdx
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label8
block8:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq 0x188(%rdi), %rbx
  leaq -0xa0(%rbx), %rsi
  movl $0xa0, %edx
  load_ext_name userextname0+0, %rax
  movq %rdi, %r15
  call    *%rax
  movq $0x1, -0xa0(%rbx)
  movq %r12, %rcx
  movq %rcx, -0x98(%rbx)
  movq %rcx, %rax
  imulq (%rip) ;; implicit: %rax, %rdx
  sarq $0x3, %rdx
  movq %rdx, %rax
  shrq $0x3f, %rax
  leaq (%rdx, %rax), %rax
  imulq $0x14, %rax, %rax
  movq %r12, %rdx
  subq %rax, %rdx
  cmpq $0x14, %rdx
  jnb     label10; j label9
block9:
  movq -0xa0(%rbx, %rdx, 8), %rax
  movq 0x188(%r15), %rcx
  movq -0xb0(%rcx), %rdx
  movq -0xa8(%rcx), %rcx
  movq %rdx, 0x188(%r15)
  movq %rcx, 0x190(%r15)
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r15
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block5:
  movl $0xb0, %esi
  load_ext_name userextname2+0, %rdx
  call    *%rdx
  movq $0xffffffffffffff50, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label8
block10:
  movq %r15, %rdi
  movl $0x14, %ecx
  movq %rdi, %rsi
  call    User(userextname1)
  ud2

; main.area
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rbx
  leaq 0x20(%rax), %rsi
  cmpq %rbx, %rsi
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %r8
  movq 0x1a0(%rdi), %r9
  cmpq %rbx, %r9
  setne %r11b
  leaq 0x20(%r8), %r10
  cmpq %r9, %r10
  setbe %sil
  testb %r11b, %sil
  jnz     label6; j label5
block6:
  movq %r10, 0x188(%rdi)
  movq %r9, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x20(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %r8
  jmp     label8
block8:
  movq %rax, (%r8)
  movq %rbx, 8(%r8)
  movq 0x188(%rdi), %rax
  movq %rdx, -0x10(%rax)
  movq %rcx, -8(%rax)
  cmpq $0x10, %rax
  jz      label10; j label9
block9:
  movq -0x10(%rax), %rcx
  leaq (%rcx, %rcx), %rcx
  movq %rcx, -0x10(%rax)
  movq -8(%rax), %rax
  movq 0x188(%rdi), %rdx
  movq -0x20(%rdx), %rsi
  movq -0x18(%rdx), %rdx
  movq %rsi, 0x188(%rdi)
  movq %rdx, 0x190(%rdi)
  leaq (%rcx, %rax), %rax
  movq (%rsp), %rbx
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block5:
  movl $0x20, %esi
  load_ext_name userextname2+0, %r8
  call    *%r8
  movq $0xffffffffffffffe0, %r8
  addq 0x188(%rdi), %r8
  jmp     label8
block10:
  movq %rdi, %rsi
  call    User(userextname0)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x30, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
  movq %r15, 0x20(%rsp)
block0:
  movq    %rsp, %rsi
  subq 0x10(%rdi), %rsi
  cmpq $0x100, %rsi
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x20(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label7; j label4
block4:
  movq 0x198(%rdi), %rdx
  movq 0x1a0(%rdi), %rsi
  cmpq %rcx, %rsi
  setne %r9b
  leaq 0x20(%rdx), %r8
  cmpq %rsi, %r8
  setbe %r10b
  testb %r9b, %r10b
  jnz     label6; j label5
block6:
  movq %r8, 0x188(%rdi)
  movq %rsi, 0x190(%rdi)
  jmp     label8
block7:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label8
block8:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq 0x188(%rdi), %rax
  movq $0x3, -0x10(%rax)
  movq $0x4, -8(%rax)
  cmpq $0x10, %rax
  jz      label23; j label9
block9:
  movq -0x10(%rax), %rcx
  leaq (%rcx, %rcx), %rbx
  movq %rbx, -0x10(%rax)
  movq -8(%rax), %r12
  movq 0x188(%rdi), %rax
  movq -0x20(%rax), %rcx
  movq -0x18(%rax), %rax
  movq %rcx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
  movq %rdi, %r13
  movl $0x1, %edx
  movq %r13, %rsi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r14
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x30(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label13; j label10
block10:
  movq %r13, %rdi
  movq 0x198(%rdi), %rdx
  movq 0x1a0(%rdi), %rsi
  cmpq %rcx, %rsi
  setne %r8b
  leaq 0x30(%rdx), %rdi
  cmpq %rsi, %rdi
  setbe %r9b
  testb %r8b, %r9b
  jnz     label12; j label11
block12:
  movq %r13, %r8
  movq %rdi, 0x188(%r8)
  movq %r13, %rdi
  movq %rsi, 0x190(%rdi)
  jmp     label14
block13:
  leaq 0x30(%rax), %rdx
  movq %r13, %rdi
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label14
block14:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq %r13, %rdi
  movq 0x188(%rdi), %rax
  movq $0x1, -0x20(%rax)
  movq $0x2, -0x18(%rax)
  movl $0x3, %ecx
  movq $0x3, -0x10(%rax)
  uninit  %rdx
  xorq %rdx, %rdx
  movq %rdx, %rsi
  jmp     label15
block15:
  movq -0x20(%rax, %rdx, 8), %rdi
  leaq 1(%rdx), %rdx
  leaq (%rsi, %rdi), %rsi
  movq %rsi, %r15
  cmpq %rcx, %rdx
  jl      label16; j label17
block16:
  movq %r15, %rsi
  jmp     label15
block17:
  cmpq $0x3, %rcx
  jl      label19; j label18
block18:
  movq %r13, %rdi
  movq 0x188(%rdi), %rax
  movq -0x30(%rax), %rcx
  movq -0x28(%rax), %rax
  movq %rcx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
  load_ext_name userextname3+0, %rax
  call    *%rax
  leaq (%rbx, %r12), %rsi
  load_ext_name userextname4+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r14, %rsi
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  load_ext_name userextname4+0, %rdx
  movq %r15, %rsi
  movq %r13, %rdi
  call    *%rdx
  load_ext_name userextname6+0, %rsi
  movq %r13, %rdi
  call    *%rsi
  load_ext_name userextname7+0, %rsi
  movq %r13, %rdi
  call    *%rsi
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  movq 0x20(%rsp), %r15
  addq $0x30, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %r10
  call    *%r10
  jmp     label3
block5:
  movl $0x20, %esi
  load_ext_name userextname11+0, %rdx
  call    *%rdx
  movq $0xffffffffffffffe0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label8
block11:
  movl $0x30, %esi
  load_ext_name userextname11+0, %rdx
  movq %r13, %rdi
  call    *%rdx
  movq $0xffffffffffffffd0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label14
block19:
  movq %r15, %rsi
  movq %r13, %rdi
  movl 0x90(%rdi), %edi
  testl %edi, %edi
  jnz     label21; j label20
block20:
  jmp     label22
block21:
  load_ext_name userextname22+0, %r9
  movq %r13, %rdi
  call    *%r9
  jmp     label22
block22:
  movl $0x3, %r8d
  movq %r8, %rdx
  subq %rcx, %rdx
  leaq 0x400(%rcx), %r11
  cmpq $0x400, %rdx
  cmovaq %r11, %r8
  movq %rcx, %rdx
  movq %r8, %rcx
  jmp     label15
block23:
  movq %rdi, %rsi
  call    User(userextname9)
  ud2

