; main.scan
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq <offset:0>+-0x10(%rbp), %rsi
  movq <offset:0>+-8(%rbp), %r8
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r9, %rax
  jmp     label3
block3:
  cmpq %rsi, %rax
  jle     label5; j label4
block4:
  jmp     label8
block5:
  cmpq %rcx, %rax
  jnb     label12; j label6
block6:
  movq (%rdx, %rax, 8), %r9
  cmpq %r8, %r9
  jl      label9; j label7
block7:
  jmp     label8
block8:
  movq %rbp, %rsp
  popq %rbp
  retq $0x10
block9:
  movl 0x90(%rdi), %r9d
  leaq 1(%rax), %rax
  testl %r9d, %r9d
  jnz     label11; j label10
block10:
  jmp     label3
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %r9, %rax
  jmp     label3
block11:
  load_ext_name userextname1+0, %r9
  call    *%r9
  jmp     label3
block12:
  movq %rax, %rdx
  movq %rdi, %rsi
  call    User(userextname0)
  ud2

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
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movq $0x9, 0x10(%rax)
  uninit  %rcx
  xorq %rcx, %rcx
  movq %rcx, %rsi
  jmp     label7
block7:
  cmpq $0x2, %rsi
  jle     label9; j label8
block8:
  movq %rsi, %r12
  jmp     label12
block9:
  cmpq $0x3, %rsi
  jnb     label16; j label10
block10:
  movq (%rax, %rsi, 8), %rcx
  movq %rsi, %r12
  cmpq $0x5, %rcx
  jl      label13; j label11
block11:
  jmp     label12
block12:
  load_ext_name userextname2+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block13:
  movq %r12, %rsi
  movq %rbx, %rdi
  movl 0x90(%rdi), %edx
  leaq 1(%rsi), %rcx
  testl %edx, %edx
  jnz     label15; j label14
block14:
  movq %rcx, %rsi
  jmp     label7
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label6
block15:
  load_ext_name userextname8+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  leaq 1(%rsi), %rcx
  movq %rcx, %rsi
  jmp     label7
block16:
  movq %rsi, %r12
  movl $0x3, %ecx
  movq %r12, %rdx
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname7)
  ud2

