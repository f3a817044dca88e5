; main.add
  pushq %rbp
  movq %rsp, %rbp
block0:
  jmp     label1
block1:
  leaq (%rdx, %rcx), %rax
  movq %rbp, %rsp
  popq %rbp
  retq

; main.sum
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
  testq %rdx, %rdx
  jnle    label4; j label5
block4:
  movq %rax, %rsi
  jmp     label6
block5:
  jmp     label14
block6:
  leaq 1(%rsi), %rcx
  testq $0x3ff, %rcx
  jnz     label7; j label8
block7:
  jmp     label11
block9:
  jmp     label11
block11:
  imulq %rsi, %rsi
  leaq (%rax, %rsi), %rax
  cmpq %rdx, %rcx
  jl      label12; j label13
block12:
  movq %rcx, %rsi
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
  movl 0x90(%rdi), %r8d
  testl %r8d, %r8d
  jnz     label10; j label9
block10:
  load_ext_name userextname0+0, %r8
  call    *%r8
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
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %rcx
  jmp     label4
block4:
  leaq 1(%rcx), %rax
  testq $0x3ff, %rax
  jnz     label5; j label6
block5:
  movq %rdi, %rbx
  jmp     label9
block7:
  movq %rdi, %rbx
  jmp     label9
block9:
  imulq %rcx, %rcx
  leaq (%rsi, %rcx), %rsi
  movq %rsi, %r12
  cmpq $0xa, %rax
  jl      label10; j label11
block10:
  movq %rax, %rcx
  movq %r12, %rsi
  movq %rbx, %rdi
  jmp     label4
block11:
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
  movl $0x3, %esi
  load_ext_name userextname3+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname5+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname7+0, %rax
  call    *%rax
  jmp     label3
block6:
  movl 0x90(%rdi), %edx
  testl %edx, %edx
  jnz     label8; j label7
block8:
  load_ext_name userextname8+0, %rdx
  call    *%rdx
  movq %rdi, %rbx
  jmp     label9

