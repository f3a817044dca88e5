; main.inc
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, 0x10(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %rbx
  jmp     label3
block3:
  movq $0x0, <offset:1>+(%rsp)
  load_ext_name userextname0+0, %rdx
  testq %rdx, %rdx
  jz      label14; j label4
block4:
  uninit  %rax
  xorl %eax, %eax
  movl $0x1, %ecx
  lock cmpxchgl %ecx, (%rdx) ;; implicit: %eax
  testl %eax, %eax
  jz      label5; j label6
block5:
  jmp     label7
block6:
  movq %rbx, %rsi
  movq %rbx, %rdi
  call    User(userextname12)
  jmp     label7
block7:
  load_ext_name userextname0+0, %rdx
  movq %rdx, <offset:1>+8(%rsp)
  movq $0x1, <offset:1>+(%rsp)
  load_ext_name userextname2+0, %rax
  addq $0x1, (%rax)
  jmp     label8
block8:
  movq $0x0, <offset:1>+(%rsp)
  testq %rdx, %rdx
  jz      label13; j label9
block9:
  movl $0xffffffff, %eax
  lock xaddl %eax, (%rdx)
  leal -1(%rax), %ecx
  testl %ecx, %ecx
  jnz     label11; j label10
block10:
  jmp     label12
block11:
  leal -1(%rax), %ecx
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname14)
  jmp     label12
block12:
  movq 0x10(%rsp), %rbx
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname4+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3
block13:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname5)
  ud2
block14:
  movq %rbx, %rsi
  movq %rsi, %rdi
  call    User(userextname5)
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

