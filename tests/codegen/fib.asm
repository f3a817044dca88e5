; main.fib
  pushq %rbp
  movq %rsp, %rbp
  subq $0x40, %rsp
  movq %rbx, 0x10(%rsp)
  movq %r12, 0x18(%rsp)
  movq %r13, 0x20(%rsp)
  movq %r14, 0x28(%rsp)
  movq %r15, 0x30(%rsp)
block0:
  movq %rdx, %r12
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r12, %rdx
  movq %rdi, <offset:1>+(%rsp)
  jmp     label3
block3:
  movq %r12, %rdx
  cmpq $0x2, %rdx
  jl      label95; j label4
block4:
  movq %r12, %rdx
  movq %rdx, %rbx
  subq $0x1, %rbx
  cmpq $0x2, %rbx
  jl      label5; j label6
block5:
  movq %r12, %r15
  jmp     label49
block6:
  movq %r12, %rdx
  movq %rdx, %rbx
  subq $0x2, %rbx
  cmpq $0x2, %rbx
  jl      label7; j label8
block7:
  movq %r12, %r15
  jmp     label27
block8:
  movq %r12, %rdx
  movq %rdx, %rbx
  subq $0x3, %rbx
  cmpq $0x2, %rbx
  jl      label9; j label10
block9:
  movq %r12, %r15
  jmp     label17
block10:
  movq %r12, %rdx
  movq %rdx, %rbx
  subq $0x4, %rbx
  cmpq $0x2, %rbx
  jl      label11; j label12
block11:
  movq %r12, %r15
  jmp     label13
block12:
  movq %r12, %rdx
  subq $0x5, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %rbx
  movq %r12, %r15
  movq %r15, %rdx
  subq $0x6, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rbx, %rcx
  leaq (%rcx, %rax), %rbx
  jmp     label13
block13:
  movq %r15, %rcx
  subq $0x5, %rcx
  cmpq $0x2, %rcx
  jl      label14; j label15
block14:
  jmp     label16
block15:
  movq %r15, %rdx
  subq $0x6, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r12
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r12, %rcx
  leaq (%rcx, %rax), %rcx
  jmp     label16
block16:
  leaq (%rbx, %rcx), %rbx
  jmp     label17
block17:
  movq %r15, %rcx
  subq $0x4, %rcx
  cmpq $0x2, %rcx
  jl      label18; j label19
block18:
  jmp     label26
block19:
  movq %r15, %r12
  subq $0x5, %r12
  cmpq $0x2, %r12
  jl      label20; j label21
block20:
  jmp     label22
block21:
  movq %r15, %rdx
  subq $0x6, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r12
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r12, %rcx
  leaq (%rcx, %rax), %r12
  jmp     label22
block22:
  movq %r15, %rdx
  subq $0x6, %rdx
  cmpq $0x2, %rdx
  jl      label23; j label24
block23:
  jmp     label25
block24:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %rdx
  jmp     label25
block25:
  leaq (%r12, %rdx), %rcx
  jmp     label26
block26:
  leaq (%rbx, %rcx), %rbx
  jmp     label27
block27:
  movq %r15, %rcx
  subq $0x3, %rcx
  cmpq $0x2, %rcx
  jl      label28; j label29
block28:
  jmp     label48
block29:
  movq %r15, %r12
  subq $0x4, %r12
  cmpq $0x2, %r12
  jl      label30; j label31
block30:
  jmp     label38
block31:
  movq %r15, %r12
  subq $0x5, %r12
  cmpq $0x2, %r12
  jl      label32; j label33
block32:
  jmp     label34
block33:
  movq %r15, %rdx
  subq $0x6, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r12
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r12, %rcx
  leaq (%rcx, %rax), %r12
  jmp     label34
block34:
  movq %r15, %rcx
  subq $0x6, %rcx
  cmpq $0x2, %rcx
  jl      label35; j label36
block35:
  jmp     label37
block36:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %rcx
  jmp     label37
block37:
  leaq (%r12, %rcx), %r12
  jmp     label38
block38:
  movq %r15, %rcx
  subq $0x5, %rcx
  cmpq $0x2, %rcx
  jl      label39; j label40
block39:
  jmp     label47
block40:
  movq %r15, %r13
  subq $0x6, %r13
  cmpq $0x2, %r13
  jl      label41; j label42
block41:
  jmp     label43
block42:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %r13
  jmp     label43
block43:
  movq %r15, %rsi
  subq $0x7, %rsi
  cmpq $0x2, %rsi
  jl      label44; j label45
block44:
  jmp     label46
block45:
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r14
  movq %r15, %rdx
  subq $0x9, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r14, %rcx
  leaq (%rcx, %rax), %rsi
  jmp     label46
block46:
  leaq (%r13, %rsi), %rcx
  jmp     label47
block47:
  leaq (%r12, %rcx), %rcx
  jmp     label48
block48:
  leaq (%rbx, %rcx), %rbx
  jmp     label49
block49:
  movq %r15, %rcx
  subq $0x2, %rcx
  cmpq $0x2, %rcx
  jl      label50; j label51
block50:
  jmp     label94
block51:
  movq %r15, %r12
  subq $0x3, %r12
  cmpq $0x2, %r12
  jl      label52; j label53
block52:
  jmp     label72
block53:
  movq %r15, %r12
  subq $0x4, %r12
  cmpq $0x2, %r12
  jl      label54; j label55
block54:
  jmp     label62
block55:
  movq %r15, %r12
  subq $0x5, %r12
  cmpq $0x2, %r12
  jl      label56; j label57
block56:
  jmp     label58
block57:
  movq %r15, %rdx
  subq $0x6, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r12
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r12, %rcx
  leaq (%rcx, %rax), %r12
  jmp     label58
block58:
  movq %r15, %rcx
  subq $0x6, %rcx
  cmpq $0x2, %rcx
  jl      label59; j label60
block59:
  jmp     label61
block60:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %rcx
  jmp     label61
block61:
  leaq (%r12, %rcx), %r12
  jmp     label62
block62:
  movq %r15, %rcx
  subq $0x5, %rcx
  cmpq $0x2, %rcx
  jl      label63; j label64
block63:
  jmp     label71
block64:
  movq %r15, %r13
  subq $0x6, %r13
  cmpq $0x2, %r13
  jl      label65; j label66
block65:
  jmp     label67
block66:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %r13
  jmp     label67
block67:
  movq %r15, %rcx
  subq $0x7, %rcx
  cmpq $0x2, %rcx
  jl      label68; j label69
block68:
  jmp     label70
block69:
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r14
  movq %r15, %rdx
  subq $0x9, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r14, %rsi
  leaq (%rsi, %rax), %rcx
  jmp     label70
block70:
  leaq (%r13, %rcx), %rcx
  jmp     label71
block71:
  leaq (%r12, %rcx), %r12
  jmp     label72
block72:
  movq %r15, %rcx
  subq $0x4, %rcx
  cmpq $0x2, %rcx
  jl      label73; j label74
block73:
  jmp     label93
block74:
  movq %r15, %r13
  subq $0x5, %r13
  cmpq $0x2, %r13
  jl      label75; j label76
block75:
  jmp     label83
block76:
  movq %r15, %r13
  subq $0x6, %r13
  cmpq $0x2, %r13
  jl      label77; j label78
block77:
  jmp     label79
block78:
  movq %r15, %rdx
  subq $0x7, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r13
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r13, %rcx
  leaq (%rcx, %rax), %r13
  jmp     label79
block79:
  movq %r15, %rcx
  subq $0x7, %rcx
  cmpq $0x2, %rcx
  jl      label80; j label81
block80:
  jmp     label82
block81:
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r14
  movq %r15, %rdx
  subq $0x9, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r14, %rcx
  leaq (%rcx, %rax), %rcx
  jmp     label82
block82:
  leaq (%r13, %rcx), %r13
  jmp     label83
block83:
  movq %r15, %rdx
  subq $0x6, %rdx
  cmpq $0x2, %rdx
  jl      label84; j label85
block84:
  jmp     label92
block85:
  movq %r15, %r14
  subq $0x7, %r14
  cmpq $0x2, %r14
  jl      label86; j label87
block86:
  jmp     label88
block87:
  movq %r15, %rdx
  subq $0x8, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, %r14
  movq %r15, %rdx
  subq $0x9, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %r14, %rcx
  leaq (%rcx, %rax), %r14
  jmp     label88
block88:
  movq %r15, %rcx
  subq $0x8, %rcx
  cmpq $0x2, %rcx
  jl      label89; j label90
block89:
  jmp     label91
block90:
  movq %r15, %rdx
  subq $0x9, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq <offset:1>+(%rsp), %rdi
  call    User(userextname0)
  movq %rax, <offset:1>+8(%rsp)
  movq %r15, %rdx
  subq $0xa, %rdx
  movq <offset:1>+(%rsp), %rsi
  movq %rsi, %rdi
  call    User(userextname0)
  movq <offset:1>+8(%rsp), %r9
  leaq (%r9, %rax), %rcx
  jmp     label91
block91:
  leaq (%r14, %rcx), %rdx
  jmp     label92
block92:
  leaq (%r13, %rdx), %rcx
  jmp     label93
block93:
  leaq (%r12, %rcx), %rcx
  jmp     label94
block94:
  leaq (%rbx, %rcx), %rax
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block95:
  movq %r12, %rax
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  movq %rdi, <offset:1>+(%rsp)
  movq %r12, %rdx
  jmp     label3

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x10, %rsp
  movq %r12, (%rsp)
  movq %r15, 8(%rsp)
block0:
  movq    %rsp, %r9
  subq 0x10(%rdi), %r9
  cmpq $0x100, %r9
  jl      label2; j label1
block1:
  movq %rdi, %r12
  jmp     label3
block3:
  movl $0xa, %edx
  movq %r12, %rsi
  movq %r12, %rdi
  call    User(userextname0)
  movq %rax, %r15
  load_ext_name userextname1+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname2+0, %rax
  movq %r15, %rsi
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname3+0, %rax
  movq %r12, %rdi
  call    *%rax
  load_ext_name userextname4+0, %rax
  movq %r12, %rdi
  call    *%rax
  movq (%rsp), %r12
  movq 8(%rsp), %r15
  addq $0x10, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname5+0, %rax
  call    *%rax
  movq %rdi, %r12
  jmp     label3

