; main.inc
  pushq %rbp
  movq %rsp, %rbp
  subq $0x50, %rsp
  movq %rbx, 0x20(%rsp)
  movq %r12, 0x28(%rsp)
  movq %r13, 0x30(%rsp)
  movq %r14, 0x38(%rsp)
  movq %r15, 0x40(%rsp)
block0:
  movq 8(%rdi), %rbx
  movq 0x10(%rdi), %rax
  movq    %rsp, %rcx
  subq %rax, %rcx
  cmpq $0x100, %rcx
  setl %cl
  movq    %rbp, %r12
  movq %r12, %rdx
  subq %rax, %rdx
  cmpq $0x100, %rdx
  setl %al
  orl %eax, %ecx
  testb %cl, %cl
  jnz     label2; j label1
block1:
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block3:
  load_ext_name userextname0+0, %rsi
  movq %rbx, %rdi
  subq %r12, %rdi
  movq %rdi, <offset:1>+0x10(%rsp)
  testq %rsi, %rsi
  jz      label26; j label4
block4:
  movl $0x1, %edi
  lock xaddl %edi, (%rsi)
  testl %edi, %edi
  jz      label5; j label6
block5:
  movq <offset:1>+(%rsp), %rcx
  jmp     label9
block6:
  leaq 4(%rsi), %rsi
  movl $0x1, %edx
  load_ext_name userextname8+0, %r8
  movq <offset:1>+(%rsp), %rdi
  call    *%r8; jmp MachLabel(8); catch [default: MachLabel(7)]
block8:
  movq <offset:1>+(%rsp), %rcx
  jmp     label9
block9:
  movq 0x88(%rcx), %rax
  testq %rax, %rax
  jnz     label13; j label10
block10:
  movq <offset:1>+(%rsp), %rcx
  movq 0x18(%rcx), %rcx
  movq 0xd8(%rcx), %rax
  movq 0xe0(%rcx), %rdx
  leaq 0x40(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label12; j label11
block12:
  leaq 0x40(%rax), %rdx
  movq %rdx, 0xd8(%rcx)
  jmp     label14
block13:
  movq (%rax), %rcx
  movq <offset:1>+(%rsp), %rdx
  movq %rcx, 0x88(%rdx)
  jmp     label14
block14:
  load_ext_name userextname3+0, %rdx
  leaq 0x18(%rax), %rcx
  movq %rdx, 0x18(%rax)
  load_ext_name userextname0+0, %rdx
  movq %rdx, 0x20(%rax)
  movq <offset:1>+(%rsp), %rsi
  movq 0x78(%rsi), %rsi
  movq %rsi, (%rax)
  subq %r12, %rbx
  movq %rbx, 8(%rax)
  movq %rcx, 0x10(%rax)
  movq <offset:1>+(%rsp), %rcx
  movq %rax, 0x78(%rcx)
  load_ext_name userextname4+0, %rcx
  addq $0x1, (%rcx)
  testq %rax, %rax
  jnz     label16; j label15
block15:
  jmp     label34
block16:
  movq (%rax), %rcx
  movq %rax, <offset:1>+8(%rsp)
  movq <offset:1>+(%rsp), %rax
  movq %rcx, 0x78(%rax)
  testq %rdx, %rdx
  jz      label23; j label17
block17:
  movl $0xffffffff, %ecx
  lock xaddl %ecx, (%rdx)
  leal -1(%rcx), %esi
  testl %esi, %esi
  jnz     label19; j label18
block18:
  movq <offset:1>+(%rsp), %rcx
  jmp     label22
block19:
  leal -1(%rcx), %ecx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname9); jmp MachLabel(21); catch [default: MachLabel(20)]
block21:
  movq <offset:1>+(%rsp), %rcx
  jmp     label22
block22:
  movq <offset:1>+(%rsp), %rcx
  movq 0x88(%rcx), %rcx
  movq <offset:1>+8(%rsp), %rax
  movq %rcx, (%rax)
  movq <offset:1>+(%rsp), %rcx
  movq %rax, 0x88(%rcx)
  jmp     label34
block30:
  movq <offset:1>+(%rsp), %rcx
  movq 0x78(%rcx), %r8
  testq %r8, %r8
  jnz     label32; j label31
block31:
  jmp     label34
block32:
  movq 8(%r8), %rcx
  movq <offset:1>+0x10(%rsp), %rdi
  cmpq %rdi, %rcx
  jz      label35; j label33
block33:
  jmp     label34
block34:
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %r12
  movq 0x30(%rsp), %r13
  movq 0x38(%rsp), %r14
  movq 0x40(%rsp), %r15
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block35:
  movq (%r8), %rcx
  movq <offset:1>+(%rsp), %rax
  movq %rcx, 0x78(%rax)
  movq 0x10(%r8), %rsi
  movq %r8, <offset:1>+8(%rsp)
  movq (%rsi), %rcx
  movq <offset:1>+(%rsp), %rdi
  call    *%rcx; jmp MachLabel(37); catch [default: MachLabel(36)]
block37:
  movq <offset:1>+(%rsp), %rcx
  movq 0x88(%rcx), %rcx
  movq <offset:1>+8(%rsp), %r8
  movq %rcx, (%r8)
  movq <offset:1>+(%rsp), %rcx
  movq %r8, 0x88(%rcx)
  jmp     label30
block2:
  load_ext_name userextname6+0, %rcx
  call    *%rcx
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block7:
  jmp     label29
block11:
  movl $0x40, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  jmp     label14
block20:
  jmp     label29
block23:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(25); catch [default: MachLabel(24)]
block24:
  jmp     label29
block25:
  ud2
block26:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(28); catch [default: MachLabel(27)]
block27:
  jmp     label29
block28:
  ud2
block29:
  movq <offset:1>+(%rsp), %rcx
  jmp     label30
block36:
  jmp     label29

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

