; main.at
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq    %rsp, %r8
  subq 0x10(%rdi), %r8
  cmpq $0x100, %r8
  jl      label2; j label1
block1:
  movq %rdi, %rsi
  jmp     label3
block3:
  cmpq %rcx, %r9
  jnb     label5; j label4
block4:
  movq (%rdx, %r9, 8), %rax
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %r11
  call    *%r11
  movq %rdi, %rsi
  jmp     label3
block5:
  movq %r9, %rdx
  movq %rsi, %rdi
  call    User(userextname0)
  ud2

; main.total
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
  uninit  %rsi
  xorq %rsi, %rsi
  movl $0x400, %r8d
  cmpq %rcx, %r8
  movq %rcx, %rax
  cmovbq %r8, %rax
  testq %rcx, %rcx
  jnle    label4; j label5
block4:
  movq %rsi, %r9
  jmp     label6
block5:
  movq %rsi, %rax
  movq %rsi, %r9
  jmp     label10
block6:
  movq (%rdx, %rsi, 8), %r8
  leaq 1(%rsi), %rsi
  leaq (%r9, %r8), %r9
  cmpq %rax, %rsi
  jl      label7; j label8
block7:
  jmp     label6
block8:
  cmpq %rcx, %rax
  jl      label11; j label9
block9:
  movq %r9, %rax
  jmp     label10
block10:
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block11:
  movl 0x90(%rdi), %esi
  testl %esi, %esi
  jnz     label13; j label12
block12:
  jmp     label14
block13:
  load_ext_name userextname0+0, %rsi
  call    *%rsi
  jmp     label14
block14:
  movq %rcx, %r8
  subq %rax, %r8
  leaq 0x400(%rax), %rsi
  cmpq $0x400, %r8
  movq %rcx, %r8
  cmovaq %rsi, %r8
  movq %rax, %rsi
  movq %r8, %rax
  jmp     label6

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
  movq 0x90(%rcx), %rax
  movq 0x98(%rcx), %rdx
  leaq 0x18(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  movq %rdi, %rbx
  leaq 0x18(%rax), %rdx
  movq %rdx, 0x90(%rcx)
  jmp     label6
block6:
  movl $0x1, %edx
  movq $0x1, (%rax)
  movq $0x2, 8(%rax)
  movl $0x3, %ecx
  movq $0x3, 0x10(%rax)
  uninit  %rsi
  xorq %rsi, %rsi
  movq %rsi, %rdi
  jmp     label7
block7:
  movq (%rax, %rsi, 8), %r8
  leaq 1(%rsi), %rsi
  leaq (%rdi, %r8), %rdi
  movq %rdi, %r12
  cmpq %rcx, %rsi
  jl      label8; j label9
block8:
  movq %r12, %rdi
  jmp     label7
block9:
  cmpq $0x3, %rcx
  jl      label15; j label10
block10:
  movq %rbx, %rdi
  movq 0x18(%rdi), %rsi
  movq 0x50(%rsi), %rax
  movq 0x58(%rsi), %r9
  leaq 8(%rax), %r8
  cmpq %r9, %r8
  jbe     label12; j label11
block12:
  movq %rdi, %rbx
  movq %r8, 0x50(%rsi)
  jmp     label13
block13:
  movq $0x4, (%rax)
  jmp     label14
block14:
  load_ext_name userextname3+0, %r9
  movq %rbx, %rdi
  call    *%r9
  load_ext_name userextname4+0, %r10
  movq %r12, %rsi
  movq %rbx, %rdi
  call    *%r10
  load_ext_name userextname5+0, %r11
  movq %rbx, %rdi
  call    *%r11
  movl $0x4, %esi
  load_ext_name userextname4+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %rbx, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname8+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x18, %esi
  movl $0x1, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %rdi, %rbx
  jmp     label6
block11:
  movl $0x8, %esi
  load_ext_name userextname0+0, %r8
  call    *%r8
  movq %rdi, %rbx
  jmp     label13
block15:
  movq %r12, %rsi
  movq %rbx, %rdi
  movl 0x90(%rdi), %edi
  testl %edi, %edi
  jnz     label17; j label16
block16:
  jmp     label18
block17:
  load_ext_name userextname9+0, %r8
  movq %rbx, %rdi
  call    *%r8
  jmp     label18
block18:
  movl $0x3, %edi
  movq %rdi, %r9
  subq %rcx, %r9
  leaq 0x400(%rcx), %r8
  cmpq $0x400, %r9
  cmovaq %r8, %rdi
  movq %rcx, %r8
  movq %rdi, %rcx
  movq %rsi, %rdi
  movq %r8, %rsi
  jmp     label7

