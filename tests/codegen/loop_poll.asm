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
  movq %rax, %rsi
  jmp     label4
block4:
  cmpq %rdx, %rax
  jl      label6; j label5
block5:
  movq %rsi, %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  jmp     label7
block7:
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label9; j label8
block8:
  jmp     label10
block10:
  leaq 1(%rax), %rcx
  imulq %rax, %rax
  leaq (%rsi, %rax), %rsi
  movq %rcx, %rax
  jmp     label4
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block9:
  load_ext_name userextname0+0, %rcx
  call    *%rcx
  jmp     label10

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
  jmp     label5
block5:
  uninit  %rax
  xorq %rax, %rax
  movq %rax, %r12
  jmp     label6
block6:
  cmpq $0xa, %rax
  jl      label12; j label7
block7:
  jmp     label8
block8:
  jmp     label9
block9:
  jmp     label10
block10:
  jmp     label11
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
block12:
  movq %r12, %rsi
  jmp     label13
block13:
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  testl %ecx, %ecx
  jnz     label15; j label14
block14:
  jmp     label16
block16:
  leaq 1(%rax), %rcx
  imulq %rax, %rax
  leaq (%rsi, %rax), %rsi
  movq %rcx, %rax
  movq %rsi, %r12
  jmp     label6
block2:
  load_ext_name userextname7+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3
block15:
  load_ext_name userextname8+0, %rcx
  movq %rbx, %rdi
  call    *%rcx
  jmp     label16

