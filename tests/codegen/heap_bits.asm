; main.tree
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
  movq %r14, 0x18(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %r12
  jmp     label3
block3:
  testq %rdx, %rdx
  jz      label26; j label4
block4:
  cmpq $0x1, %rdx
  jz      label9; j label5
block5:
  movq %rdx, %rbx
  subq $0x2, %rbx
  movq %rdx, %r13
  movq %rbx, %rdx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname1)
  movq %r12, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  leaq 0x10(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label7; j label6
block7:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rsi
  jmp     label8
block8:
  movq %rsi, (%rax)
  movq %r8, %rsi
  movq %rsi, 8(%rax)
  movq %r13, %rdx
  movq %rax, %rbx
  jmp     label13
block9:
  movq %r12, %rdi
  movq %rdx, %r13
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label11; j label10
block11:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label12
block12:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %rbx
  movq %r13, %rdx
  jmp     label13
block13:
  cmpq $0x1, %rdx
  jz      label18; j label14
block14:
  subq $0x2, %rdx
  movq %rdx, %r13
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname1)
  movq %r13, %rdx
  movq %rax, %r14
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname1)
  movq %r12, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label16; j label15
block16:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r14, %rcx
  jmp     label17
block17:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r12, %rdi
  movq %rax, %r8
  jmp     label22
block18:
  movq %r12, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label20; j label19
block20:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label21
block21:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r8
  movq %r12, %rdi
  jmp     label22
block22:
  movq %r12, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label24; j label23
block24:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rcx
  jmp     label25
block25:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block26:
  movq %r12, %rdi
  movq 0x18(%rdi), %rsi
  movq 0x60(%rsi), %rax
  movq 0x68(%rsi), %r8
  movl $0x10, %edi
  leaq 0x10(%rax), %r9
  cmpq %r8, %r9
  jbe     label28; j label27
block28:
  leaq 0x10(%rax), %rdi
  movq %rdi, 0x60(%rsi)
  jmp     label29
block29:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  movq 0x18(%rsp), %r14
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label3
block6:
  movl $0x10, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq %rbx, %rsi
  jmp     label8
block10:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label12
block15:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq %r14, %rcx
  jmp     label17
block19:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  jmp     label21
block23:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq %rbx, %rcx
  jmp     label25
block27:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r8
  movq %rdi, %rsi
  movq %r12, %rdi
  call    *%r8
  jmp     label29

; main.mk
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq %rdx, %r11
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rsi
  movq 0xa0(%rsi), %rax
  movq 0xa8(%rsi), %r9
  leaq 0x20(%rax), %rdx
  cmpq %r9, %rdx
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa0(%rsi)
  movq 0x8a0(%rsi), %rdi
  movl $0x6, %r9d
  movq %rax, %r10
  shrq $0x6, %r10
  andq $0xfffffffffffffff8, %r10
  movq %rax, %rdx
  shrq $0x3, %rdx
  shlxq %rdx, %r9, %rdx
  orq %rdx, (%r10, %rdi)
  movq 0x8e8(%rsi), %rdx
  movb $0x1, 0x13c(%rdx)
  movq %r11, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %rcx, 8(%rax)
  movq %rcx, 0x10(%rax)
  movq %r8, 0x18(%rax)
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %r11, %rdx
  jmp     label6

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq %rdi, %r13
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r13, %rdi
  jmp     label3
block3:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0xa0(%rcx), %rax
  movq 0xa8(%rcx), %rdx
  leaq 0x20(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa0(%rcx)
  movq 0x8a0(%rcx), %rdx
  movl $0x6, %esi
  movq %rax, %rdi
  shrq $0x6, %rdi
  andq $0xfffffffffffffff8, %rdi
  movq %rax, %r8
  shrq $0x3, %r8
  shlxq %r8, %rsi, %rsi
  orq %rsi, (%rdi, %rdx)
  movq 0x8e8(%rcx), %rcx
  movb $0x1, 0x13c(%rcx)
  jmp     label6
block6:
  load_ext_name userextname0+0, %rcx
  movq %rcx, (%rax)
  movq $0x2, 8(%rax)
  movq $0x2, 0x10(%rax)
  movq $0x0, 0x18(%rax)
  movq %rax, %rcx
  movq %r13, %rdi
  movq 0x18(%rdi), %rsi
  movq 0xa0(%rsi), %rax
  movq 0xa8(%rsi), %r8
  leaq 0x20(%rax), %rdi
  cmpq %r8, %rdi
  jbe     label8; j label7
block8:
  movq %rdi, 0xa0(%rsi)
  movq 0x8a0(%rsi), %r8
  movl $0x6, %r9d
  movq %rax, %rdi
  shrq $0x6, %rdi
  andq $0xfffffffffffffff8, %rdi
  movq %rax, %r10
  shrq $0x3, %r10
  shlxq %r10, %r9, %r9
  orq %r9, (%rdi, %r8)
  movq 0x8e8(%rsi), %r9
  movb $0x1, 0x13c(%r9)
  jmp     label9
block9:
  load_ext_name userextname2+0, %r11
  movq %r11, (%rax)
  movq $0x1, 8(%rax)
  movq $0x1, 0x10(%rax)
  movq %rcx, 0x18(%rax)
  testq %rax, %rax
  jz      label15; j label10
block10:
  movq 0x18(%rax), %rax
  testq %rax, %rax
  jz      label14; j label11
block11:
  movq 0x10(%rax), %rbx
  movl $0x3, %edx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname4)
  testq %rax, %rax
  jz      label13; j label12
block12:
  movq (%rax), %r12
  load_ext_name userextname5+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rsi
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %r13, %rdi
  call    *%rax
  testq %r12, %r12
  setne %sil
  load_ext_name userextname8+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname9+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname10+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname11+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname12+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label6
block7:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname12+0, %r8
  movq %r13, %rdi
  call    *%r8
  jmp     label9
block13:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2
block14:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2
block15:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2

