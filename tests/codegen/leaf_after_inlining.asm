; main.compare
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  cmpq %rcx, %rdx
  jl      label5; j label2
block2:
  cmpq %rcx, %rdx
  jnle    label4; j label3
block3:
  uninit  %rax
  xorq %rax, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block4:
  movl $0x1, %eax
  movq %rbp, %rsp
  popq %rbp
  retq
block5:
  movq $0xffffffffffffffff, %rax
  movq %rbp, %rsp
  popq %rbp
  retq

; main.byTwoKeys
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  cmpq %r8, %rdx
  jl      label5; j label2
block2:
  cmpq %r8, %rdx
  jnle    label4; j label3
block3:
  uninit  %rax
  xorq %rax, %rax
  jmp     label6
block4:
  movl $0x1, %eax
  jmp     label6
block5:
  movq $0xffffffffffffffff, %rax
  jmp     label6
block6:
  testq %rax, %rax
  jnz     label13; j label7
block7:
  cmpq %r9, %rcx
  jl      label11; j label8
block8:
  cmpq %r9, %rcx
  jnle    label10; j label9
block9:
  uninit  %rax
  xorq %rax, %rax
  jmp     label12
block10:
  movl $0x1, %eax
  jmp     label12
block11:
  movq $0xffffffffffffffff, %rax
  jmp     label12
block12:
  movq %rbp, %rsp
  popq %rbp
  retq
block13:
  movq %rbp, %rsp
  popq %rbp
  retq

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %r13, (%rsp)
block0:
  movq %rdi, %r13
  movq    %rsp, %r10
  subq 0x10(%rdi), %r10
  cmpq $0x100, %r10
  jl      label2; j label1
block1:
  jmp     label3
block3:
  load_ext_name userextname0+0, %rax
  testq %rax, %rax
  jz      label7; j label4
block4:
  movq (%rax), %rax
  jmp     label5
block5:
  jmp     label6
block6:
  load_ext_name userextname2+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq $0xffffffffffffffff, %rsi
  load_ext_name userextname3+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq (%rsp), %r13
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname6+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label3
block7:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname1)
  ud2

