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
  subq $0x30, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
  movq %r15, 0x20(%rsp)
block0:
  movq %rcx, %r14
  movq %rdx, %r15
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %r12
  movq 0x190(%rdi), %rbx
  movq %rdi, %r13
  leaq 0x20(%r12), %rax
  cmpq %rbx, %rax
  jbe     label5; j label4
block5:
  leaq 0x20(%r12), %rax
  movq %r13, %rdi
  movq %rax, 0x188(%rdi)
  movq %r12, %rax
  movq %r15, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %r14, %rcx
  movq %rcx, 8(%rax)
  movl $0x3, %ecx
  movq $0x3, 0x10(%rax)
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rax, %rdx
  movq %rsi, %rax
  jmp     label7
block7:
  movq (%rdx, %rsi, 8), %r8
  leaq 1(%rsi), %rsi
  leaq (%rax, %r8), %rax
  cmpq %rcx, %rsi
  jl      label8; j label9
block8:
  jmp     label7
block9:
  cmpq $0x3, %rcx
  jl      label11; j label10
block10:
  movq %r12, 0x188(%rdi)
  movq %rbx, 0x190(%rdi)
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
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  load_ext_name userextname1+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r15, %rdx
  movq %r13, %rdi
  jmp     label6
block11:
  movl 0x90(%rdi), %esi
  testl %esi, %esi
  jnz     label13; j label12
block12:
  jmp     label14
block13:
  load_ext_name userextname3+0, %rsi
  call    *%rsi
  jmp     label14
block14:
  movl $0x3, %esi
  movq %rsi, %r9
  subq %rcx, %r9
  leaq 0x400(%rcx), %r8
  cmpq $0x400, %r9
  cmovaq %r8, %rsi
  movq %rcx, %r8
  movq %rsi, %rcx
  movq %r8, %rsi
  jmp     label7

; main.spread
  pushq %rbp
  movq %rsp, %rbp
  subq $0x30, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
  movq %r15, 0x20(%rsp)
block0:
  movq %rdx, %r14
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rbx
  movq 0x190(%rdi), %r12
  leaq 0xa0(%rbx), %rax
  cmpq %r12, %rax
  jbe     label5; j label4
block5:
  movq %rdi, %r13
  leaq 0xa0(%rbx), %rax
  movq %rax, 0x188(%r13)
  movq %rbx, %r15
  jmp     label6
block6:
  movl $0xa0, %edx
  load_ext_name userextname0+0, %rax
  movq %r15, %rsi
  movq %r13, %rdi
  call    *%rax
  movq %r15, %rcx
  movq $0x1, (%rcx)
  movq %r14, %rsi
  movq %rsi, 8(%rcx)
  movq %rsi, %rax
  imulq (%rip) ;; implicit: %rax, %rdx
  sarq $0x3, %rdx
  movq %rdx, %rax
  shrq $0x3f, %rax
  leaq (%rdx, %rax), %rax
  imulq $0x14, %rax, %rax
  movq %r14, %rdx
  subq %rax, %rdx
  cmpq $0x14, %rdx
  jnb     label8; j label7
block7:
  movq (%rcx, %rdx, 8), %rax
  movq %rbx, 0x188(%r13)
  movq %r12, 0x190(%r13)
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
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0xa0, %esi
  load_ext_name userextname2+0, %rax
  movq %rdi, %r13
  call    *%rax
  movq %rax, %r15
  jmp     label6
block8:
  movq %r13, %rdi
  movl $0x14, %ecx
  movq %rdi, %rsi
  call    User(userextname1)
  ud2

; main.area
  pushq %rbp
  movq %rsp, %rbp
  subq $0x30, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
  movq %r15, 0x20(%rsp)
block0:
  movq %rcx, %r14
  movq %rdx, %r15
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %r13
  movq 0x190(%rdi), %rbx
  movq %rdi, %rcx
  leaq 0x10(%r13), %rax
  cmpq %rbx, %rax
  jbe     label5; j label4
block5:
  movq %rcx, %r12
  leaq 0x10(%r13), %rax
  movq %rax, 0x188(%r12)
  movq %r13, %rax
  movq %r15, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %r14, %rcx
  movq %rcx, 8(%rax)
  testq %rax, %rax
  jz      label8; j label7
block7:
  movq (%rax), %rcx
  leaq (%rcx, %rcx), %rcx
  movq %rcx, (%rax)
  movq 8(%rax), %rax
  movq %r13, 0x188(%r12)
  movq %rbx, 0x190(%r12)
  leaq (%rcx, %rax), %rax
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
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x10, %esi
  load_ext_name userextname2+0, %rax
  movq %rcx, %r12
  movq %r12, %rdi
  call    *%rax
  movq %r15, %rdx
  jmp     label6
block8:
  movq %r12, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x40, %rsp
  movq %rbx, 0x10(%rsp)
  movq %r12, 0x18(%rsp)
  movq %r13, 0x20(%rsp)
  movq %r14, 0x28(%rsp)
  movq %r15, 0x30(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %r14
  movq 0x190(%rdi), %rbx
  movq %rdi, %r15
  leaq 0x10(%r14), %rax
  cmpq %rbx, %rax
  jbe     label5; j label4
block5:
  leaq 0x10(%r14), %rdx
  movq %r15, %rdi
  movq %rdx, 0x188(%rdi)
  movq %r14, %rax
  jmp     label6
block6:
  movq $0x3, (%rax)
  movq $0x4, 8(%rax)
  testq %rax, %rax
  jz      label23; j label7
block7:
  movq (%rax), %r8
  leaq (%r8, %r8), %r12
  movq %r12, (%rax)
  movq 8(%rax), %r13
  movq %r15, %rdi
  movq %r14, 0x188(%rdi)
  movq %rbx, 0x190(%rdi)
  movq 0x188(%rdi), %r14
  leaq 0xa0(%r14), %r11
  cmpq %rbx, %r11
  jbe     label9; j label8
block9:
  leaq 0xa0(%r14), %rax
  movq %r15, %rdi
  movq %rax, 0x188(%rdi)
  movq %r14, <offset:1>+(%rsp)
  jmp     label10
block10:
  movl $0xa0, %edx
  load_ext_name userextname17+0, %rax
  movq <offset:1>+(%rsp), %rsi
  movq %r15, %rdi
  call    *%rax
  movq <offset:1>+(%rsp), %rax
  movq $0x1, (%rax)
  movq $0x1, 8(%rax)
  jmp     label11
block11:
  movq %r15, %rdi
  movq %r14, 0x188(%rdi)
  movq %rbx, 0x190(%rdi)
  movq 0x188(%rdi), %r14
  leaq 0x20(%r14), %rax
  cmpq %rbx, %rax
  jbe     label13; j label12
block13:
  leaq 0x20(%r14), %rax
  movq %r15, %rdi
  movq %rax, 0x188(%rdi)
  movq %r14, %rax
  jmp     label14
block14:
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movl $0x3, %esi
  movq $0x3, 0x10(%rax)
  uninit  %rdi
  xorq %rdi, %rdi
  movq %rdi, %r11
  jmp     label15
block15:
  movq (%rax, %rdi, 8), %rcx
  leaq 1(%rdi), %rdi
  leaq (%r11, %rcx), %r11
  movq %r11, <offset:1>+(%rsp)
  cmpq %rsi, %rdi
  jl      label16; j label17
block16:
  movq <offset:1>+(%rsp), %r11
  jmp     label15
block17:
  cmpq $0x3, %rsi
  jl      label19; j label18
block18:
  movq %r15, %rdi
  movq %r14, 0x188(%rdi)
  movq %rbx, 0x190(%rdi)
  load_ext_name userextname3+0, %rax
  call    *%rax
  leaq (%r12, %r13), %rsi
  load_ext_name userextname4+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r15, %rdi
  call    *%rax
  movl $0x1, %esi
  load_ext_name userextname4+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq <offset:1>+(%rsp), %rsi
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %r15, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %r15, %rdi
  call    *%rax
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x10, %esi
  load_ext_name userextname11+0, %rcx
  movq %r15, %rdi
  call    *%rcx
  jmp     label6
block8:
  movl $0xa0, %esi
  load_ext_name userextname11+0, %rax
  movq %r15, %rdi
  call    *%rax
  movq %rax, <offset:1>+(%rsp)
  jmp     label10
block12:
  movl $0x20, %esi
  load_ext_name userextname11+0, %rax
  movq %r15, %rdi
  call    *%rax
  jmp     label14
block19:
  movq %r15, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label21; j label20
block20:
  jmp     label22
block21:
  load_ext_name userextname22+0, %rcx
  movq %r15, %rdi
  call    *%rcx
  jmp     label22
block22:
  movl $0x3, %ecx
  movq %rcx, %rdi
  subq %rsi, %rdi
  leaq 0x400(%rsi), %rdx
  cmpq $0x400, %rdi
  cmovaq %rdx, %rcx
  movq <offset:1>+(%rsp), %r11
  movq %rsi, %rdi
  movq %rcx, %rsi
  jmp     label15
block23:
  movq %r15, %rsi
  movq %rsi, %rdi
  call    User(userextname9)
  ud2

