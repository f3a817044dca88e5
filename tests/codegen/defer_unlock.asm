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
  movq 0x10(%rdi), %rsi
  movq    %rsp, %rdx
  subq %rsi, %rdx
  cmpq $0x100, %rdx
  setl %al
  movq    %rbp, %r12
  movq %r12, %r8
  subq %rsi, %r8
  cmpq $0x100, %r8
  setl %sil
  orl %esi, %eax
  testb %al, %al
  jnz     label2; j label1
block1:
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block3:
  jmp     label4
block4:
  jmp     label5
block5:
  load_ext_name userextname0+0, %rax
  movq %rbx, %rcx
  subq %r12, %rcx
  movq %rcx, <offset:1>+0x10(%rsp)
  testq %rax, %rax
  jz      label46; j label6
block6:
  testq %rax, %rax
  jz      label43; j label7
block7:
  movl $0x1, %ecx
  lock xaddl %ecx, (%rax)
  testl %ecx, %ecx
  jz      label16; j label8
block8:
  jmp     label9
block9:
  testq %rax, %rax
  jz      label13; j label10
block10:
  leaq 4(%rax), %rsi
  movl $0x1, %edx
  load_ext_name userextname8+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax; jmp MachLabel(12); catch [default: MachLabel(11)]
block12:
  movq <offset:1>+(%rsp), %rdi
  jmp     label17
block16:
  movq <offset:1>+(%rsp), %rdi
  jmp     label17
block17:
  movq <offset:1>+(%rsp), %rdi
  movq 0x88(%rdi), %rax
  testq %rax, %rax
  movq %rax, <offset:1>+8(%rsp)
  jnz     label22; j label18
block18:
  movq <offset:1>+(%rsp), %rdi
  movq 0x18(%rdi), %rax
  movq 0xd8(%rax), %rcx
  movq %rcx, <offset:1>+8(%rsp)
  movq 0xe0(%rax), %rcx
  movq <offset:1>+8(%rsp), %rdx
  leaq 0x40(%rdx), %rdx
  cmpq %rcx, %rdx
  jbe     label20; j label19
block20:
  movq <offset:1>+8(%rsp), %r8
  leaq 0x40(%r8), %rcx
  movq %rcx, 0xd8(%rax)
  jmp     label21
block21:
  jmp     label23
block22:
  movq <offset:1>+8(%rsp), %rax
  movq (%rax), %rax
  movq <offset:1>+(%rsp), %rdi
  movq %rax, 0x88(%rdi)
  jmp     label23
block23:
  load_ext_name userextname3+0, %rcx
  movq <offset:1>+8(%rsp), %rax
  leaq 0x18(%rax), %rax
  movq <offset:1>+8(%rsp), %rdx
  movq %rcx, 0x18(%rdx)
  load_ext_name userextname0+0, %rdx
  movq <offset:1>+8(%rsp), %rcx
  movq %rdx, 0x20(%rcx)
  movq <offset:1>+(%rsp), %rdi
  movq 0x78(%rdi), %rcx
  movq <offset:1>+8(%rsp), %rsi
  movq %rcx, (%rsi)
  subq %r12, %rbx
  movq <offset:1>+8(%rsp), %rcx
  movq %rbx, 8(%rcx)
  movq %rax, 0x10(%rcx)
  movq <offset:1>+8(%rsp), %rax
  movq %rax, 0x78(%rdi)
  load_ext_name userextname4+0, %rax
  addq $0x1, (%rax)
  movq <offset:1>+8(%rsp), %rax
  testq %rcx, %rax
  jnz     label25; j label24
block24:
  jmp     label36
block25:
  movq <offset:1>+8(%rsp), %rax
  movq (%rax), %rax
  movq <offset:1>+(%rsp), %rdi
  movq %rax, 0x78(%rdi)
  jmp     label26
block26:
  jmp     label27
block27:
  testq %rdx, %rdx
  jz      label40; j label28
block28:
  testq %rdx, %rdx
  jz      label37; j label29
block29:
  movl $0xffffffff, %eax
  lock xaddl %eax, (%rdx)
  leal -1(%rax), %ecx
  testl %ecx, %ecx
  jnz     label31; j label30
block30:
  jmp     label34
block31:
  leal -1(%rax), %ecx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname9); jmp MachLabel(33); catch [default: MachLabel(32)]
block33:
  jmp     label34
block34:
  jmp     label35
block35:
  movq <offset:1>+(%rsp), %rdi
  movq 0x88(%rdi), %rax
  movq <offset:1>+8(%rsp), %rcx
  movq %rax, (%rcx)
  movq <offset:1>+8(%rsp), %rax
  movq %rax, 0x88(%rdi)
  jmp     label36
block36:
  jmp     label54
block50:
  movq <offset:1>+(%rsp), %rdi
  movq 0x78(%rdi), %r8
  testq %r8, %r8
  jnz     label52; j label51
block51:
  jmp     label54
block52:
  movq 8(%r8), %rcx
  movq <offset:1>+0x10(%rsp), %rdi
  cmpq %rdi, %rcx
  jz      label55; j label53
block53:
  jmp     label54
block54:
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %r12
  movq 0x30(%rsp), %r13
  movq 0x38(%rsp), %r14
  movq 0x40(%rsp), %r15
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block55:
  movq (%r8), %rcx
  movq <offset:1>+(%rsp), %rdi
  movq %rcx, 0x78(%rdi)
  movq 0x10(%r8), %rsi
  movq %r8, <offset:1>+8(%rsp)
  movq (%rsi), %rcx
  call    *%rcx; jmp MachLabel(57); catch [default: MachLabel(56)]
block57:
  movq <offset:1>+(%rsp), %rdi
  movq 0x88(%rdi), %rcx
  movq <offset:1>+8(%rsp), %r8
  movq %rcx, (%r8)
  movq %r8, 0x88(%rdi)
  jmp     label50
block2:
  load_ext_name userextname6+0, %r8
  call    *%r8
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block11:
  jmp     label49
block13:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(15); catch [default: MachLabel(14)]
block14:
  jmp     label49
block15:
  ud2
block19:
  movl $0x40, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  movq %rax, <offset:1>+8(%rsp)
  jmp     label21
block32:
  jmp     label49
block37:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(39); catch [default: MachLabel(38)]
block38:
  jmp     label49
block39:
  ud2
block40:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(42); catch [default: MachLabel(41)]
block41:
  jmp     label49
block42:
  ud2
block43:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(45); catch [default: MachLabel(44)]
block44:
  jmp     label49
block45:
  ud2
block46:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(48); catch [default: MachLabel(47)]
block47:
  jmp     label49
block48:
  ud2
block49:
  movq <offset:1>+(%rsp), %rdi
  jmp     label50
block56:
  jmp     label49

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

