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
  uninit  %rax
  xorq %rax, %rax
  movq %rax, %rsi
  jmp     label4
block4:
  cmpq %rcx, %rax
  jl      label6; j label5
block5:
  movq %rsi, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  movq (%rdx, %rax, 8), %r9
  leaq 1(%rax), %r8
  leaq (%rsi, %r9), %rsi
  testq $0x3ff, %r8
  jnz     label7; j label8
block7:
  movq %r8, %rax
  jmp     label4
block9:
  movq %r8, %rax
  jmp     label4
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block8:
  movl 0x90(%rdi), %r9d
  leaq 1(%rax), %r8
  testl %r9d, %r9d
  jnz     label10; j label9
block10:
  load_ext_name userextname0+0, %r8
  call    *%r8
  leaq 1(%rax), %rax
  jmp     label4

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
  movq %rcx, %r12
  jmp     label7
block7:
  cmpq $0x3, %rcx
  jl      label13; j label8
block8:
  movq %rbx, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x48(%rcx), %rax
  movq 0x50(%rcx), %rdi
  leaq 8(%rax), %rsi
  cmpq %rdi, %rsi
  jbe     label10; j label9
block10:
  movq %rsi, 0x48(%rcx)
  jmp     label11
block11:
  movq $0x4, (%rax)
  jmp     label12
block12:
  load_ext_name userextname3+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  load_ext_name userextname4+0, %rdx
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%rdx
  load_ext_name userextname5+0, %rsi
  movq %rbx, %rdi
  call    *%rsi
  movl $0x4, %esi
  load_ext_name userextname4+0, %r8
  movq %rbx, %rdi
  call    *%r8
  load_ext_name userextname6+0, %rsi
  movq %rbx, %rdi
  call    *%rsi
  load_ext_name userextname7+0, %rsi
  movq %rbx, %rdi
  call    *%rsi
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block13:
  movq %r12, %rsi
  movq (%rax, %rcx, 8), %r9
  leaq 1(%rcx), %r8
  leaq (%rsi, %r9), %rsi
  testq $0x3ff, %r8
  jnz     label14; j label15
block14:
  movq %r8, %rcx
  movq %rsi, %r12
  jmp     label7
block16:
  movq %r11, %rcx
  movq %rsi, %r12
  jmp     label7
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
  movl $0x8, %esi
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label11
block15:
  movq %rbx, %rdi
  movl 0x90(%rdi), %edi
  leaq 1(%rcx), %r11
  testl %edi, %edi
  jnz     label17; j label16
block17:
  load_ext_name userextname9+0, %r8
  movq %rbx, %rdi
  call    *%r8
  leaq 1(%rcx), %rcx
  movq %rsi, %r12
  jmp     label7

