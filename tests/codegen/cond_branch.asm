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
  movq %rdi, %r10
  jmp     label3
block3:
  movq %r9, %rax
  jmp     label4
block4:
  sequence_point
  cmpq %rsi, %rax
  jle     label6; j label5
block5:
  jmp     label9
block6:
  cmpq %rcx, %rax
  jnb     label11; j label7
block7:
  movq (%rdx, %rax, 8), %rdi
  cmpq %r8, %rdi
  jl      label10; j label8
block8:
  jmp     label9
block9:
  movq %rbp, %rsp
  popq %rbp
  retq $0x10
block10:
  leaq 1(%rax), %rax
  jmp     label4
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %r10
  jmp     label3
block11:
  movq %rax, %rdx
  movq %r10, %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
block0:
  movq %rdi, %rbx
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rbx, %rdi
  jmp     label3
block3:
  movq %rbx, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x90(%rcx), %rax
  movq 0x98(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x90(%rcx)
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
  sequence_point
  cmpq $0x2, %rsi
  jle     label9; j label8
block8:
  movq %rsi, %r12
  jmp     label12
block9:
  cmpq $0x3, %rsi
  jnb     label14; j label10
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
  leaq 1(%rsi), %rcx
  movq %rcx, %rsi
  jmp     label7
block2:
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  movq %rbx, %rdi
  call    *%rax
  jmp     label6
block14:
  movq %rsi, %r12
  movl $0x3, %ecx
  movq %r12, %rdx
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname7)
  ud2

