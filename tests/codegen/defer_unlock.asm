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
  movq 0x10(%rdi), %rdx
  movq    %rsp, %rcx
  subq %rdx, %rcx
  cmpq $0x100, %rcx
  setl %al
  movq    %rbp, %r12
  movq %r12, %rsi
  subq %rdx, %rsi
  cmpq $0x100, %rsi
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
  load_ext_name userextname0+0, %r10
  movq %rbx, %r11
  subq %r12, %r11
  movq %r11, <offset:1>+0x10(%rsp)
  testq %r10, %r10
  jz      label40; j label5
block5:
  testq %r10, %r10
  jz      label37; j label6
block6:
  movl $0x1, %eax
  lock xaddl %eax, (%r10)
  testl %eax, %eax
  jz      label7; j label8
block7:
  movq <offset:1>+(%rsp), %rdi
  jmp     label15
block8:
  testq %r10, %r10
  jz      label12; j label9
block9:
  leaq 4(%r10), %rsi
  movl $0x1, %edx
  load_ext_name userextname8+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax; jmp MachLabel(11); catch [default: MachLabel(10)]
block11:
  movq <offset:1>+(%rsp), %rdi
  jmp     label15
block15:
  movq 0x88(%rdi), %rax
  testq %rax, %rax
  movq %rax, <offset:1>+8(%rsp)
  jnz     label19; j label16
block16:
  movq <offset:1>+(%rsp), %rdi
  movq 0x18(%rdi), %rax
  movq 0xd8(%rax), %rcx
  movq %rcx, <offset:1>+8(%rsp)
  movq 0xe0(%rax), %rcx
  movq <offset:1>+8(%rsp), %rdx
  leaq 0x40(%rdx), %rdx
  cmpq %rcx, %rdx
  jbe     label18; j label17
block18:
  movq <offset:1>+8(%rsp), %rsi
  leaq 0x40(%rsi), %rcx
  movq %rcx, 0xd8(%rax)
  jmp     label20
block19:
  movq <offset:1>+8(%rsp), %rax
  movq (%rax), %rax
  movq <offset:1>+(%rsp), %rdi
  movq %rax, 0x88(%rdi)
  jmp     label20
block20:
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
  jnz     label22; j label21
block21:
  jmp     label48
block22:
  movq <offset:1>+8(%rsp), %rax
  movq (%rax), %rax
  movq <offset:1>+(%rsp), %rdi
  movq %rax, 0x78(%rdi)
  jmp     label23
block23:
  testq %rdx, %rdx
  jz      label34; j label24
block24:
  testq %rdx, %rdx
  jz      label31; j label25
block25:
  movl $0xffffffff, %eax
  lock xaddl %eax, (%rdx)
  leal -1(%rax), %ecx
  testl %ecx, %ecx
  jnz     label27; j label26
block26:
  movq <offset:1>+(%rsp), %rdi
  jmp     label30
block27:
  leal -1(%rax), %ecx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname9); jmp MachLabel(29); catch [default: MachLabel(28)]
block29:
  movq <offset:1>+(%rsp), %rdi
  jmp     label30
block30:
  movq <offset:1>+(%rsp), %rdi
  movq 0x88(%rdi), %rax
  movq <offset:1>+8(%rsp), %rcx
  movq %rax, (%rcx)
  movq <offset:1>+8(%rsp), %rax
  movq %rax, 0x88(%rdi)
  jmp     label48
block44:
  movq <offset:1>+(%rsp), %rdi
  movq 0x78(%rdi), %r9
  testq %r9, %r9
  jnz     label46; j label45
block45:
  jmp     label48
block46:
  movq 8(%r9), %rcx
  movq <offset:1>+0x10(%rsp), %r11
  cmpq %r11, %rcx
  jz      label49; j label47
block47:
  jmp     label48
block48:
  movq 0x20(%rsp), %rbx
  movq 0x28(%rsp), %r12
  movq 0x30(%rsp), %r13
  movq 0x38(%rsp), %r14
  movq 0x40(%rsp), %r15
  addq $0x50, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block49:
  movq (%r9), %rcx
  movq <offset:1>+(%rsp), %rdi
  movq %rcx, 0x78(%rdi)
  movq 0x10(%r9), %rsi
  movq %r9, <offset:1>+8(%rsp)
  movq (%rsi), %rcx
  call    *%rcx; jmp MachLabel(51); catch [default: MachLabel(50)]
block51:
  movq <offset:1>+(%rsp), %rdi
  movq 0x88(%rdi), %rcx
  movq <offset:1>+8(%rsp), %r9
  movq %rcx, (%r9)
  movq %r9, 0x88(%rdi)
  jmp     label44
block2:
  load_ext_name userextname6+0, %r8
  call    *%r8
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block10:
  jmp     label43
block12:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(14); catch [default: MachLabel(13)]
block13:
  jmp     label43
block14:
  ud2
block17:
  movl $0x40, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname2+0, %rax
  movq <offset:1>+(%rsp), %rdi
  call    *%rax
  movq %rax, <offset:1>+8(%rsp)
  jmp     label20
block28:
  jmp     label43
block31:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(33); catch [default: MachLabel(32)]
block32:
  jmp     label43
block33:
  ud2
block34:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(36); catch [default: MachLabel(35)]
block35:
  jmp     label43
block36:
  ud2
block37:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(39); catch [default: MachLabel(38)]
block38:
  jmp     label43
block39:
  ud2
block40:
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname7); jmp MachLabel(42); catch [default: MachLabel(41)]
block41:
  jmp     label43
block42:
  ud2
block43:
  movq <offset:1>+(%rsp), %rdi
  jmp     label44
block50:
  jmp     label43

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

