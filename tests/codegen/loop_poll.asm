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
  uninit  %r11
  xorq %r11, %r11
  movq %r11, %rax
  jmp     label4
block4:
  cmpq %rdx, %r11
  jl      label6; j label5
block5:
  movq %rbp, %rsp
  popq %rbp
  retq
block6:
  leaq 1(%r11), %rcx
  movq %r11, %rsi
  imulq %r11, %rsi
  leaq (%rax, %rsi), %rax
  testq $0x3ff, %rcx
  jnz     label7; j label8
block7:
  movq %rcx, %r11
  jmp     label4
block9:
  movq %rcx, %r11
  jmp     label4
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block8:
  movl 0x90(%rdi), %esi
  leaq 1(%r11), %rcx
  testl %esi, %esi
  jnz     label10; j label9
block10:
  load_ext_name userextname0+0, %rcx
  call    *%rcx
  leaq 1(%r11), %r11
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
  movq %rdi, %rbx
  jmp     label3
block3:
  uninit  %r10
  xorq %r10, %r10
  movq %r10, %r12
  jmp     label4
block4:
  cmpq $0xa, %r10
  jl      label6; j label5
block5:
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
block6:
  movq %r12, %rsi
  leaq 1(%r10), %rax
  movq %r10, %rcx
  imulq %r10, %rcx
  leaq (%rsi, %rcx), %rsi
  testq $0x3ff, %rax
  jnz     label7; j label8
block7:
  movq %rax, %r10
  movq %rsi, %r12
  jmp     label4
block9:
  movq %rax, %r10
  movq %rsi, %r12
  jmp     label4
block2:
  load_ext_name userextname7+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3
block8:
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  leaq 1(%r10), %rax
  testl %ecx, %ecx
  jnz     label10; j label9
block10:
  load_ext_name userextname8+0, %rax
  movq %rbx, %rdi
  call    *%rax
  leaq 1(%r10), %r10
  movq %rsi, %r12
  jmp     label4

