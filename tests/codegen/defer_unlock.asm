; main.inc
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq 8(%rdi), %r12
  movq 0x10(%rdi), %rax
  movq    %rsp, %rcx
  subq %rax, %rcx
  cmpq $0x100, %rcx
  setl %cl
  movq    %rbp, %rbx
  movq %rbx, %rdx
  subq %rax, %rdx
  cmpq $0x100, %rdx
  setl %al
  orl %eax, %ecx
  testb %cl, %cl
  jnz     label2; j label1
block1:
  movq %rdi, %r13
  jmp     label3
block3:
  load_ext_name userextname0+0, %rdx
  testq %rdx, %rdx
  jz      label21; j label4
block4:
  uninit  %rax
  xorl %eax, %eax
  movl $0x1, %ecx
  lock cmpxchgl %ecx, (%rdx) ;; implicit: %eax
  testl %eax, %eax
  jz      label5; j label6
block5:
  movq %r13, %rdi
  jmp     label7
block6:
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname14)
  movq %r13, %rdi
  jmp     label7
block7:
  movq %r13, %rdi
  movq 0x88(%rdi), %rax
  testq %rax, %rax
  jnz     label11; j label8
block8:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0xe0(%rcx), %rax
  movq 0xe8(%rcx), %rdx
  leaq 0x40(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label10; j label9
block10:
  leaq 0x40(%rax), %rdx
  movq %rdx, 0xe0(%rcx)
  jmp     label12
block11:
  movq (%rax), %rcx
  movq %r13, %rdi
  movq %rcx, 0x88(%rdi)
  jmp     label12
block12:
  load_ext_name userextname3+0, %rdx
  leaq 0x18(%rax), %rcx
  movq %rdx, 0x18(%rax)
  load_ext_name userextname0+0, %rdx
  movq %rdx, 0x20(%rax)
  movq %r13, %rdi
  movq 0x78(%rdi), %rsi
  movq %rsi, (%rax)
  subq %rbx, %r12
  movq %r12, 8(%rax)
  movq %rcx, 0x10(%rax)
  movq %rax, 0x78(%rdi)
  load_ext_name userextname4+0, %rdi
  addq $0x1, (%rdi)
  testq %rax, %rax
  jnz     label14; j label13
block13:
  jmp     label19
block14:
  movq (%rax), %r11
  movq %rax, %rbx
  movq %r13, %rdi
  movq %r11, 0x78(%rdi)
  testq %rdx, %rdx
  jz      label20; j label15
block15:
  movl $0xffffffff, %eax
  lock xaddl %eax, (%rdx)
  leal -1(%rax), %ecx
  testl %ecx, %ecx
  jnz     label17; j label16
block16:
  movq %r13, %rdi
  jmp     label18
block17:
  leal -1(%rax), %ecx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname16)
  movq %r13, %rdi
  jmp     label18
block18:
  movq %r13, %rdi
  movq 0x88(%rdi), %rcx
  movq %rbx, %rax
  movq %rcx, (%rax)
  movq %rax, 0x88(%rdi)
  jmp     label19
block19:
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  movq %rdi, %r13
  jmp     label3
block9:
  movl $0x40, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname2+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label12
block20:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname7)
  ud2
block21:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname7)
  ud2

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
block0:
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jl      label2; j label1
block1:
  movq %rdi, %r12
  jmp     label3
block3:
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  load_ext_name userextname1+0, %rax
  movq (%rax), %rbx
  load_ext_name userextname2+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %rbx, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label3

