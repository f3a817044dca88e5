; main.weight
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  cmpq $0x5, %rcx
  jz      label3; j label2
block2:
  jmp     label7
block3:
  movl (%rdx), %eax
  movl 1(%rdx), %esi
  jmp     label4
block4:
  xorl $0x68706c61, %eax
  xorl $0x6168706c, %esi
  orl %esi, %eax
  testl %eax, %eax
  jz      label5; j label6
block5:
  jmp     label26
block6:
  jmp     label7
block7:
  cmpq $0x5, %rcx
  jz      label9; j label8
block8:
  jmp     label13
block9:
  movl (%rdx), %eax
  movl 1(%rdx), %esi
  jmp     label10
block10:
  xorl $0x6d6d6167, %eax
  xorl $0x616d6d61, %esi
  orl %esi, %eax
  testl %eax, %eax
  jz      label11; j label12
block11:
  jmp     label26
block12:
  jmp     label13
block13:
  cmpq $0x5, %rcx
  jz      label15; j label14
block14:
  jmp     label18
block15:
  movl (%rdx), %eax
  movl 1(%rdx), %esi
  jmp     label16
block16:
  xorl $0x746c6564, %eax
  xorl $0x61746c65, %esi
  orl %esi, %eax
  testl %eax, %eax
  jz      label25; j label17
block17:
  jmp     label18
block18:
  cmpq $0x7, %rcx
  jz      label20; j label19
block19:
  jmp     label23
block20:
  movl (%rdx), %eax
  movl 3(%rdx), %ecx
  jmp     label21
block21:
  xorl $0x69737065, %eax
  xorl $0x6e6f6c69, %ecx
  orl %ecx, %eax
  testl %eax, %eax
  jz      label24; j label22
block22:
  jmp     label23
block23:
  uninit  %rax
  xorq %rax, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block24:
  movl $0x3, %eax
  movq %rbp, %rsp
  popq %rbp
  retq
block25:
  movl $0x2, %eax
  movq %rbp, %rsp
  popq %rbp
  retq
block26:
  movl $0x1, %eax
  movq %rbp, %rsp
  popq %rbp
  retq

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
  movq %rdi, %rbx
  jmp     label3
block3:
  jmp     label4
block4:
  load_ext_name userextname0+0, %rax
  movl $0x68706c61, %ecx
  xorl (%rax), %ecx
  movl $0x6168706c, %edx
  xorl 1(%rax), %edx
  orl %edx, %ecx
  testl %ecx, %ecx
  jz      label5; j label6
block5:
  jmp     label14
block6:
  jmp     label7
block7:
  load_ext_name userextname0+0, %rax
  movl $0x6d6d6167, %ecx
  xorl (%rax), %ecx
  movl $0x616d6d61, %edx
  xorl 1(%rax), %edx
  orl %edx, %ecx
  testl %ecx, %ecx
  jz      label8; j label9
block8:
  jmp     label14
block9:
  jmp     label10
block10:
  load_ext_name userextname0+0, %rax
  movl $0x746c6564, %ecx
  xorl (%rax), %ecx
  movl $0x61746c65, %edx
  xorl 1(%rax), %edx
  orl %edx, %ecx
  testl %ecx, %ecx
  jz      label13; j label11
block11:
  jmp     label12
block12:
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %r12
  jmp     label15
block13:
  movl $0x2, %esi
  movq %rsi, %r12
  jmp     label15
block14:
  movl $0x1, %esi
  movq %rsi, %r12
  jmp     label15
block15:
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
block2:
  load_ext_name userextname6+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3

