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
  jmp     label3
block3:
  movl $0x400, %r10d
  movq %r9, %rax
  jmp     label4
block4:
  cmpq %rsi, %rax
  jle     label6; j label5
block5:
  jmp     label9
block6:
  cmpq %rcx, %rax
  jnb     label16; j label7
block7:
  movq (%rdx, %rax, 8), %r9
  cmpq %r8, %r9
  jl      label10; j label8
block8:
  jmp     label9
block9:
  movq %rbp, %rsp
  popq %rbp
  retq $0x10
block10:
  leaq -1(%r10), %r10
  leaq 1(%rax), %r9
  testq %r10, %r10
  jnz     label11; j label12
block11:
  movq %r9, %rax
  jmp     label4
block2:
  load_ext_name userextname2+0, %rax
  call    *%rax
  jmp     label3
block12:
  movl 0x90(%rdi), %eax
  testl %eax, %eax
  jnz     label14; j label13
block13:
  movq %rdi, %rax
  jmp     label15
block14:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, %rax
  jmp     label15
block15:
  movl $0x400, %r10d
  movq %rax, %rdi
  movq %r9, %rax
  jmp     label4
block16:
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
  movq 0x88(%rcx), %rax
  movq 0x90(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  movq %rdi, %rbx
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x88(%rcx)
  jmp     label6
block6:
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movq $0x9, 0x10(%rax)
  uninit  %rdx
  xorq %rdx, %rdx
  movl $0x400, %ecx
  movq %rdx, %rsi
  jmp     label7
block7:
  cmpq $0x2, %rsi
  jle     label9; j label8
block8:
  movq %rsi, %r12
  jmp     label12
block9:
  cmpq $0x3, %rsi
  jnb     label19; j label10
block10:
  movq (%rax, %rsi, 8), %rdx
  movq %rsi, %r12
  cmpq $0x5, %rdx
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
  leaq -1(%rcx), %rcx
  leaq 1(%rsi), %rdx
  testq %rcx, %rcx
  jnz     label14; j label15
block14:
  movq %rdx, %rsi
  jmp     label7
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label6
block15:
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label17; j label16
block16:
  jmp     label18
block17:
  load_ext_name userextname8+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  jmp     label18
block18:
  leaq 1(%rsi), %rsi
  movl $0x400, %ecx
  jmp     label7
block19:
  movq %rsi, %r12
  movl $0x3, %ecx
  movq %r12, %rdx
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname7)
  ud2

