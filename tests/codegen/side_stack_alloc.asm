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
block0:
  movq %rdx, %r9
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rdx
  leaq 0x30(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x30(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %rsi
  jmp     label6
block6:
  movq %rax, (%rsi)
  movq %rdx, 8(%rsi)
  movq 0x188(%rdi), %rdx
  movq %r9, %rax
  movq %rax, -0x20(%rdx)
  movq %rcx, -0x18(%rdx)
  movl $0x3, %ecx
  movq $0x3, -0x10(%rdx)
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %rax
  jmp     label7
block7:
  movq -0x20(%rdx, %rsi, 8), %r8
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
  movq 0x188(%rdi), %rcx
  movq -0x30(%rcx), %rdx
  movq -0x28(%rcx), %rcx
  movq %rdx, 0x188(%rdi)
  movq %rcx, 0x190(%rdi)
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x30, %esi
  load_ext_name userextname1+0, %r8
  call    *%r8
  movq $0xffffffffffffffd0, %rsi
  addq 0x188(%rdi), %rsi
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
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq %rdx, %r13
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
  jbe     label5; j label4
block5:
  leaq 0xb0(%rax), %rdx
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label6
block6:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq 0x188(%rdi), %r12
  leaq -0xa0(%r12), %rsi
  movl $0xa0, %edx
  load_ext_name userextname0+0, %rax
  movq %rdi, %rbx
  call    *%rax
  movq $0x1, -0xa0(%r12)
  movq %r13, %rcx
  movq %rcx, -0x98(%r12)
  movq %rcx, %rax
  imulq (%rip) ;; implicit: %rax, %rdx
  sarq $0x3, %rdx
  movq %rdx, %rax
  shrq $0x3f, %rax
  leaq (%rdx, %rax), %rax
  imulq $0x14, %rax, %rax
  movq %r13, %rdx
  subq %rax, %rdx
  cmpq $0x14, %rdx
  jnb     label8; j label7
block7:
  movq -0xa0(%r12, %rdx, 8), %rax
  movq 0x188(%rbx), %rcx
  movq -0xb0(%rcx), %rdx
  movq -0xa8(%rcx), %rcx
  movq %rdx, 0x188(%rbx)
  movq %rcx, 0x190(%rbx)
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0xb0, %esi
  load_ext_name userextname2+0, %rdx
  call    *%rdx
  movq $0xffffffffffffff50, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label6
block8:
  movq %rbx, %rdi
  movl $0x14, %ecx
  movq %rdi, %rsi
  call    User(userextname1)
  ud2

; main.area
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
  movq 0x190(%rdi), %r9
  leaq 0x20(%rax), %rsi
  cmpq %r9, %rsi
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rax, %r8
  jmp     label6
block6:
  movq %rax, (%r8)
  movq %r9, 8(%r8)
  movq 0x188(%rdi), %rax
  movq %rdx, -0x10(%rax)
  movq %rcx, -8(%rax)
  cmpq $0x10, %rax
  jz      label8; j label7
block7:
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
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname3+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  load_ext_name userextname2+0, %r8
  call    *%r8
  movq $0xffffffffffffffe0, %r8
  addq 0x188(%rdi), %r8
  jmp     label6
block8:
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
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x188(%rdi), %rdx
  movq 0x190(%rdi), %r8
  leaq 0x20(%rdx), %rsi
  cmpq %r8, %rsi
  jbe     label5; j label4
block5:
  leaq 0x20(%rdx), %rsi
  movq %rsi, 0x188(%rdi)
  movq %rdx, %rax
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %r8, 8(%rax)
  movq 0x188(%rdi), %r10
  movq $0x3, -0x10(%r10)
  movq $0x4, -8(%r10)
  cmpq $0x10, %r10
  jz      label19; j label7
block7:
  movq -0x10(%r10), %rax
  leaq (%rax, %rax), %r14
  movq %r14, -0x10(%r10)
  movq -8(%r10), %r15
  movq 0x188(%rdi), %rax
  movq -0x20(%rax), %rcx
  movq -0x18(%rax), %rax
  movq %rcx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
  movq %rdi, %rbx
  movl $0x1, %edx
  movq %rbx, %rsi
  call    User(userextname1)
  movq %rbx, %rdi
  movq %rax, %r13
  movq 0x188(%rdi), %rax
  movq 0x190(%rdi), %rcx
  leaq 0x30(%rax), %rdx
  cmpq %rcx, %rdx
  jbe     label9; j label8
block9:
  leaq 0x30(%rax), %rdx
  movq %rbx, %rdi
  movq %rdx, 0x188(%rdi)
  movq %rax, %rdx
  jmp     label10
block10:
  movq %rax, (%rdx)
  movq %rcx, 8(%rdx)
  movq %rbx, %rdi
  movq 0x188(%rdi), %rax
  movq $0x1, -0x20(%rax)
  movq $0x2, -0x18(%rax)
  movl $0x3, %ecx
  movq $0x3, -0x10(%rax)
  uninit  %rdx
  xorq %rdx, %rdx
  movq %rdx, %rsi
  jmp     label11
block11:
  movq -0x20(%rax, %rdx, 8), %rdi
  leaq 1(%rdx), %rdx
  leaq (%rsi, %rdi), %rsi
  movq %rsi, %r12
  cmpq %rcx, %rdx
  jl      label12; j label13
block12:
  movq %r12, %rsi
  jmp     label11
block13:
  cmpq $0x3, %rcx
  jl      label15; j label14
block14:
  movq %rbx, %rdi
  movq 0x188(%rdi), %rax
  movq -0x30(%rax), %rcx
  movq -0x28(%rax), %rax
  movq %rcx, 0x188(%rdi)
  movq %rax, 0x190(%rdi)
  load_ext_name userextname3+0, %rax
  call    *%rax
  leaq (%r14, %r15), %rsi
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r13, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %rbx, %rdi
  call    *%rax
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
  load_ext_name userextname8+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  load_ext_name userextname11+0, %r9
  call    *%r9
  movq $0xffffffffffffffe0, %rax
  addq 0x188(%rdi), %rax
  jmp     label6
block8:
  movl $0x30, %esi
  load_ext_name userextname11+0, %rdx
  movq %rbx, %rdi
  call    *%rdx
  movq $0xffffffffffffffd0, %rdx
  addq 0x188(%rdi), %rdx
  jmp     label10
block15:
  movq %r12, %rsi
  movq %rbx, %rdi
  movl 0x90(%rdi), %edx
  testl %edx, %edx
  jnz     label17; j label16
block16:
  jmp     label18
block17:
  load_ext_name userextname22+0, %rdx
  movq %rbx, %rdi
  call    *%rdx
  jmp     label18
block18:
  movl $0x3, %edx
  movq %rdx, %r8
  subq %rcx, %r8
  leaq 0x400(%rcx), %rdi
  cmpq $0x400, %r8
  cmovaq %rdi, %rdx
  movq %rcx, %rdi
  movq %rdx, %rcx
  movq %rdi, %rdx
  jmp     label11
block19:
  movq %rdi, %rsi
  call    User(userextname9)
  ud2

