; main.inc
  pushq %rbp
  movq %rsp, %rbp
  subq $0x60, %rsp
  movq %rbx, 0x30(%rsp)
  movq %r12, 0x38(%rsp)
  movq %r13, 0x40(%rsp)
  movq %r14, 0x48(%rsp)
  movq %r15, 0x50(%rsp)
block0:
  movq 8(%rdi), %rcx
  movq %rcx, <offset:1>+0x20(%rsp)
  movq 0x10(%rdi), %rax
  movq    %rsp, %rcx
  subq %rax, %rcx
  cmpq $0x100, %rcx
  setl %cl
  movq    %rbp, %rdx
  movq %rdx, %rsi
  subq %rax, %rsi
  movq %rdx, <offset:1>+0x18(%rsp)
  cmpq $0x100, %rsi
  setl %al
  orl %eax, %ecx
  testb %cl, %cl
  jnz     label2; j label1
block1:
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block3:
  load_ext_name userextname0+0, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname1); jmp MachLabel(5); catch [default: MachLabel(4)]
block5:
  movq <offset:1>+(%rsp), %rcx
  movq 0x88(%rcx), %rax
  testq %rax, %rax
  jnz     label10; j label6
block6:
  movq <offset:1>+(%rsp), %rcx
  movq 0x18(%rcx), %rcx
  movq 0xd8(%rcx), %rax
  movq 0xe0(%rcx), %rdx
  leaq 0x40(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label8; j label7
block8:
  leaq 0x40(%rax), %rdx
  movq %rdx, 0xd8(%rcx)
  jmp     label9
block9:
  jmp     label11
block10:
  movq (%rax), %rcx
  movq <offset:1>+(%rsp), %rdx
  movq %rcx, 0x88(%rdx)
  jmp     label11
block11:
  load_ext_name userextname3+0, %rdx
  leaq 0x18(%rax), %rcx
  movq %rdx, 0x18(%rax)
  load_ext_name userextname0+0, %rdx
  movq %rdx, 0x20(%rax)
  movq <offset:1>+(%rsp), %rdx
  movq 0x78(%rdx), %rdx
  movq %rdx, (%rax)
  movq <offset:1>+0x18(%rsp), %rdx
  movq <offset:1>+0x20(%rsp), %rsi
  movq %rsi, %rdi
  subq %rdx, %rdi
  movq %rdi, 8(%rax)
  movq %rcx, 0x10(%rax)
  movq <offset:1>+(%rsp), %rcx
  movq %rax, 0x78(%rcx)
  load_ext_name userextname4+0, %rsi
  addq $0x1, (%rsi)
  movq <offset:1>+0x18(%rsp), %rcx
  movq <offset:1>+0x20(%rsp), %rdx
  jmp     label13
block13:
  movq %rdx, %r8
  subq %rcx, %r8
  movq %r8, <offset:1>+0x10(%rsp)
  movq <offset:1>+(%rsp), %rcx
  jmp     label14
block14:
  movq <offset:1>+(%rsp), %rcx
  movq 0x78(%rcx), %r9
  testq %r9, %r9
  jnz     label16; j label15
block15:
  jmp     label18
block16:
  movq 8(%r9), %rcx
  movq <offset:1>+0x10(%rsp), %r8
  cmpq %r8, %rcx
  jz      label19; j label17
block17:
  jmp     label18
block18:
  movq 0x30(%rsp), %rbx
  movq 0x38(%rsp), %r12
  movq 0x40(%rsp), %r13
  movq 0x48(%rsp), %r14
  movq 0x50(%rsp), %r15
  addq $0x60, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block19:
  movq (%r9), %rcx
  movq <offset:1>+(%rsp), %rax
  movq %rcx, 0x78(%rax)
  movq 0x10(%r9), %rsi
  movq %r9, <offset:1>+8(%rsp)
  movq (%rsi), %rcx
  movq <offset:1>+(%rsp), %rdi
  call    *%rcx; jmp MachLabel(21); catch [default: MachLabel(20)]
block21:
  movq <offset:1>+(%rsp), %rcx
  movq 0x88(%rcx), %rcx
  movq <offset:1>+8(%rsp), %r9
  movq %rcx, (%r9)
  movq <offset:1>+(%rsp), %rcx
  movq %r9, 0x88(%rcx)
  jmp     label14
block2:
  load_ext_name userextname5+0, %rax
  call    *%rax
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block4:
  jmp     label12
block7:
  movl $0x40, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  jmp     label9
block12:
  movq <offset:1>+0x18(%rsp), %rcx
  movq <offset:1>+0x20(%rsp), %rdx
  jmp     label13
block20:
  jmp     label12

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

