; main.inc
  pushq %rbp
  movq %rsp, %rbp
  movq 0x10(%rdi), %r10
  addq $0x60, %r10
  cmpq %rsp, %r10
  jnbe #trap=stk_ovf
  subq $0x50, %rsp
  movq %rbx, 0x20(%rsp)
  movq %r12, 0x28(%rsp)
  movq %r13, 0x30(%rsp)
  movq %r14, 0x38(%rsp)
  movq %r15, 0x40(%rsp)
block0:
  movq 8(%rdi), %rcx
  movq %rcx, <offset:1>+0x18(%rsp)
  movq    %rbp, %rcx
  movq %rcx, %rax
  subq 0x10(%rdi), %rax
  movq %rcx, <offset:1>+0x10(%rsp)
  cmpq $0x200, %rax
  jb      label2; j label1
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
  movq 0x18(%rcx), %rax
  movq 0x18(%rax), %rcx
  movq %rcx, %rbx
  movq 0x20(%rax), %rcx
  movq %rbx, %rdx
  leaq 0x10(%rdx), %rsi
  cmpq %rcx, %rsi
  jbe     label7; j label6
block7:
  movq %rbx, %r9
  leaq 0x10(%r9), %rcx
  movq %rcx, 0x18(%rax)
  jmp     label8
block8:
  load_ext_name userextname3+0, %rax
  movq %rbx, %rcx
  movq %rax, (%rcx)
  load_ext_name userextname0+0, %rax
  movq %rax, 8(%rcx)
  movq <offset:1>+(%rsp), %rcx
  movq 0x18(%rcx), %rcx
  movq 0x18(%rcx), %rax
  movq 0x20(%rcx), %rdx
  leaq 0x20(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label10; j label9
block10:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0x18(%rcx)
  movq <offset:1>+(%rsp), %rcx
  jmp     label11
block11:
  movq <offset:1>+(%rsp), %rcx
  movq 0x78(%rcx), %rcx
  movq %rcx, (%rax)
  movq <offset:1>+0x10(%rsp), %rcx
  movq <offset:1>+0x18(%rsp), %rdx
  movq %rdx, %rsi
  subq %rcx, %rsi
  movq %rsi, 8(%rax)
  movq %rbx, %rcx
  movq %rcx, 0x10(%rax)
  movq <offset:1>+(%rsp), %rcx
  movq %rax, 0x78(%rcx)
  load_ext_name userextname4+0, %rax
  addq $0x1, (%rax)
  movq <offset:1>+0x18(%rsp), %rax
  movq <offset:1>+0x10(%rsp), %rcx
  jmp     label13
block13:
  movq %rax, %r8
  subq %rcx, %r8
  movq %r8, <offset:1>+8(%rsp)
  movq <offset:1>+(%rsp), %rcx
  jmp     label14
block14:
  movq <offset:1>+(%rsp), %rcx
  movq 0x78(%rcx), %rsi
  testq %rsi, %rsi
  jnz     label16; j label15
block15:
  jmp     label18
block16:
  movq 8(%rsi), %rdi
  movq <offset:1>+8(%rsp), %r8
  cmpq %r8, %rdi
  jz      label19; j label17
block17:
  jmp     label18
block18:
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %r12
  movq 0x30(%rsp), %r13
  movq 0x38(%rsp), %r14
  movq 0x40(%rsp), %r15
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block19:
  movq (%rsi), %r10
  movq <offset:1>+(%rsp), %rcx
  movq %r10, 0x78(%rcx)
  movq 0x10(%rsi), %rsi
  movq (%rsi), %r11
  movq <offset:1>+(%rsp), %rdi
  call    *%r11; jmp MachLabel(21); catch [default: MachLabel(20)]
block21:
  movq <offset:1>+(%rsp), %rcx
  jmp     label14
block2:
  load_ext_name userextname5+0, %rax
  call    *%rax
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block4:
  jmp     label12
block6:
  movl $0x10, %esi
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  movq %rax, %rbx
  jmp     label8
block9:
  movl $0x18, %esi
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  movq <offset:1>+(%rsp), %rcx
  jmp     label11
block12:
  movq <offset:1>+0x18(%rsp), %rax
  movq <offset:1>+0x10(%rsp), %rcx
  jmp     label13
block20:
  jmp     label12

; main.main
  pushq %rbp
  movq %rsp, %rbp
  movq 0x10(%rdi), %r10
  addq $0x20, %r10
  cmpq %rsp, %r10
  jnbe #trap=stk_ovf
  subq $0x10, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
block0:
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jb      label2; j label1
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

