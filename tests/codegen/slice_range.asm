; main.at
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %r8
  subq 0x10(%rdi), %r8
  cmpq $0x100, %r8
  jl      label2; j label1
block1:
  movq %rdi, %rsi
  jmp     label3
block3:
  cmpq %rcx, %r9
  jnb     label5; j label4
block4:
  movq (%rdx, %r9, 8), %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %r11
  call    *%r11
  movq %rdi, %rsi
  jmp     label3
block5:
  movq %r9, %rdx
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

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
  uninit  %r8
  xorq %r8, %r8
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movq %r8, %r9
  jmp     label6
block5:
  movq %r8, %rax
  jmp     label14
block6:
  movq (%rdx, %r8, 8), %rsi
  leaq 1(%r8), %r8
  testq $0x3ff, %r8
  jnz     label7; j label8
block7:
  movq %r9, %rax
  jmp     label11
block9:
  movq %r9, %rax
  jmp     label11
block11:
  leaq (%rax, %rsi), %rax
  cmpq %rcx, %r8
  jl      label12; j label13
block12:
  movq %rax, %r9
  jmp     label6
block13:
  jmp     label14
block14:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block8:
  movl 0x90(%rdi), %eax
  testl %eax, %eax
  jnz     label10; j label9
block10:
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %r9, %rax
  jmp     label11

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rcx
  movq %rdi, %rbx
  movq 0x88(%rcx), %rax
  movq 0x90(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x88(%rcx)
  jmp     label6
block6:
  movl $0x1, %edx
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movq $0x3, 0x10(%rax)
  uninit  %rcx
  xorq %rcx, %rcx
  movq %rcx, %rsi
  jmp     label7
block7:
  movq (%rax, %rcx, 8), %r9
  leaq 1(%rcx), %r8
  testq $0x3ff, %r8
  jnz     label8; j label9
block8:
  jmp     label12
block10:
  jmp     label12
block12:
  leaq 1(%rcx), %rcx
  leaq (%rsi, %r9), %rsi
  movq %rsi, %r12
  cmpq $0x3, %rcx
  jl      label13; j label14
block13:
  movq %r12, %rsi
  jmp     label7
block14:
  movq %rbx, %rdi
  movq 0x18(%rdi), %rsi
  movq 0x48(%rsi), %rax
  movq 0x50(%rsi), %r8
  leaq 8(%rax), %rdi
  cmpq %r8, %rdi
  jbe     label16; j label15
block16:
  movq %rdi, 0x48(%rsi)
  jmp     label17
block17:
  movq $0x4, (%rax)
  jmp     label18
block18:
  load_ext_name userextname3+0, %r10
  movq %rbx, %rdi
  call    *%r10
  load_ext_name userextname4+0, %r11
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%r11
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movl $0x4, %esi
  load_ext_name userextname4+0, %rax
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
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label6
block9:
  movl 0x90(%rbx), %r8d
  testl %r8d, %r8d
  jnz     label11; j label10
block11:
  load_ext_name userextname9+0, %r8
  movq %rbx, %rdi
  call    *%r8
  jmp     label12
block15:
  movl $0x8, %esi
  load_ext_name userextname0+0, %r8
  movq %rbx, %rdi
  call    *%r8
  jmp     label17

