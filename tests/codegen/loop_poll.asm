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
  jmp     label7
block7:
  movl 0x90(%rdi), %esi
  leaq 1(%r11), %rcx
  movq %r11, %r8
  imulq %r11, %r8
  leaq (%rax, %r8), %rax
  testl %esi, %esi
  jnz     label9; j label8
block8:
  movq %rcx, %r11
  jmp     label4
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block9:
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
  jmp     label4
block4:
  uninit  %r11
  xorq %r11, %r11
  movq %r11, %r12
  jmp     label5
block5:
  cmpq $0xa, %r11
  jl      label9; j label6
block6:
  jmp     label7
block7:
  jmp     label8
block8:
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
block9:
  movq %r12, %rsi
  jmp     label10
block10:
  movq %rbx, %rdi
  movl 0x90(%rdi), %ecx
  leaq 1(%r11), %rax
  movq %r11, %rdx
  imulq %r11, %rdx
  leaq (%rsi, %rdx), %rsi
  testl %ecx, %ecx
  jnz     label12; j label11
block11:
  movq %rax, %r11
  movq %rsi, %r12
  jmp     label5
block2:
  load_ext_name userextname7+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label3
block12:
  load_ext_name userextname8+0, %rax
  movq %rbx, %rdi
  call    *%rax
  leaq 1(%r11), %r11
  movq %rsi, %r12
  jmp     label5

