; main.tree
  pushq %rbp
  movq %rsp, %rbp
  subq $0x40, %rsp
  movq %rbx, 0x10(%rsp)
  movq %r12, 0x18(%rsp)
  movq %r13, 0x20(%rsp)
  movq %r14, 0x28(%rsp)
  movq %r15, 0x30(%rsp)
block0:
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %rdi, %r13
  jmp     label3
block3:
  testq %rdx, %rdx
  jz      label134; j label4
block4:
  cmpq $0x1, %rdx
  jz      label63; j label5
block5:
  cmpq $0x2, %rdx
  jz      label28; j label6
block6:
  cmpq $0x3, %rdx
  jz      label11; j label7
block7:
  movq %rdx, %r12
  subq $0x4, %r12
  movq %rdx, %r14
  movq %r12, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r12, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r12
  movq 0x18(%rdi), %r8
  movq 0x60(%r8), %rax
  movq 0x68(%r8), %r9
  leaq 0x10(%rax), %r10
  cmpq %r9, %r10
  jbe     label9; j label8
block9:
  leaq 0x10(%rax), %r11
  movq %r11, 0x60(%r8)
  movq %rbx, %rcx
  jmp     label10
block10:
  movq %rcx, (%rax)
  movq %r12, %rcx
  movq %rcx, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r12
  jmp     label15
block11:
  movq %r13, %rdi
  movq %rdx, %r14
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label13; j label12
block13:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label14
block14:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r12
  movq %r14, %rdx
  jmp     label15
block15:
  cmpq $0x3, %rdx
  jz      label20; j label16
block16:
  movq %rdx, %rbx
  subq $0x4, %rbx
  movq %rdx, %r14
  movq %rbx, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r9
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label18; j label17
block18:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rsi
  jmp     label19
block19:
  movq %rsi, (%rax)
  movq %r9, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r8
  jmp     label24
block20:
  movq %r13, %rdi
  movq %rdx, %r14
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label22; j label21
block22:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label23
block23:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r8
  movq %r13, %rdi
  jmp     label24
block24:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label26; j label25
block26:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r12, %rcx
  jmp     label27
block27:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r12
  jmp     label32
block28:
  movq %r13, %rdi
  movq %rdx, %r14
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label30; j label29
block30:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label31
block31:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r12
  movq %r14, %rdx
  jmp     label32
block32:
  cmpq $0x2, %rdx
  jz      label55; j label33
block33:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label38; j label34
block34:
  movq %r14, %rdx
  movq %rdx, %rbx
  subq $0x4, %rbx
  movq %rbx, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label36; j label35
block36:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rcx
  jmp     label37
block37:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r15
  jmp     label42
block38:
  movq %r13, %rdi
  movq 0x18(%rdi), %rdi
  movq 0x60(%rdi), %rax
  movq 0x68(%rdi), %r8
  movl $0x10, %esi
  leaq 0x10(%rax), %r9
  cmpq %r8, %r9
  jbe     label40; j label39
block40:
  leaq 0x10(%rax), %r10
  movq %r10, 0x60(%rdi)
  jmp     label41
block41:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r15
  movq %r14, %rdx
  jmp     label42
block42:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label47; j label43
block43:
  movq %r14, %rdx
  movq %rdx, %rbx
  subq $0x4, %rbx
  movq %rbx, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r11
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label45; j label44
block45:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %r8
  jmp     label46
block46:
  movq %r8, (%rax)
  movq %r11, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r11
  jmp     label51
block47:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label49; j label48
block49:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label50
block50:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r11
  movq %r13, %rdi
  jmp     label51
block51:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label53; j label52
block53:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r15, %r8
  jmp     label54
block54:
  movq %r8, (%rax)
  movq %r11, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r8
  jmp     label59
block55:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label57; j label56
block57:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label58
block58:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r8
  movq %r13, %rdi
  jmp     label59
block59:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label61; j label60
block61:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r12, %rcx
  jmp     label62
block62:
  movq %rcx, (%rax)
  movq %r8, %rdx
  movq %rdx, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r15
  jmp     label67
block63:
  movq %r13, %rdi
  movq %rdx, %r14
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label65; j label64
block65:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label66
block66:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r15
  movq %r14, %rdx
  jmp     label67
block67:
  movq %r14, %rdx
  cmpq $0x1, %rdx
  jz      label126; j label68
block68:
  movq %r14, %rdx
  cmpq $0x2, %rdx
  jz      label91; j label69
block69:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label74; j label70
block70:
  movq %r14, %rdx
  movq %rdx, %r12
  subq $0x4, %r12
  movq %r12, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r12, %rdx
  movq %rax, %r12
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rax, %rcx
  movq %r13, %rdi
  movq 0x18(%rdi), %r8
  movq 0x60(%r8), %rax
  movq 0x68(%r8), %r9
  movl $0x10, %esi
  leaq 0x10(%rax), %r10
  cmpq %r9, %r10
  jbe     label72; j label71
block72:
  leaq 0x10(%rax), %r11
  movq %r11, 0x60(%r8)
  movq %r12, %rsi
  jmp     label73
block73:
  movq %rsi, (%rax)
  movq %rcx, %rsi
  movq %rsi, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r12
  jmp     label78
block74:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label76; j label75
block76:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label77
block77:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r12
  movq %r14, %rdx
  jmp     label78
block78:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label83; j label79
block79:
  movq %r14, %rdx
  movq %rdx, %rbx
  subq $0x4, %rbx
  movq %rbx, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label81; j label80
block81:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rcx
  jmp     label82
block82:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r8
  jmp     label87
block83:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label85; j label84
block85:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label86
block86:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r8
  movq %r13, %rdi
  jmp     label87
block87:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label89; j label88
block89:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r12, %rcx
  jmp     label90
block90:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r14, %rdx
  movq %rax, %r12
  jmp     label95
block91:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label93; j label92
block93:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label94
block94:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r12
  movq %r14, %rdx
  jmp     label95
block95:
  movq %r14, %rdx
  cmpq $0x2, %rdx
  jz      label118; j label96
block96:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label101; j label97
block97:
  movq %r14, %rdx
  movq %rdx, %rbx
  subq $0x4, %rbx
  movq %rbx, %rdx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %rbx, %rdx
  movq %rax, %rbx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label99; j label98
block99:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %rbx, %rsi
  jmp     label100
block100:
  movq %rsi, (%rax)
  movq %r8, 8(%rax)
  movq %r14, %rdx
  movq %rax, %rbx
  jmp     label105
block101:
  movq %r13, %rdi
  movq 0x18(%rdi), %rdi
  movq 0x60(%rdi), %rax
  movq 0x68(%rdi), %r8
  movl $0x10, %esi
  leaq 0x10(%rax), %r9
  cmpq %r8, %r9
  jbe     label103; j label102
block103:
  leaq 0x10(%rax), %r10
  movq %r10, 0x60(%rdi)
  jmp     label104
block104:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %rbx
  movq %r14, %rdx
  jmp     label105
block105:
  movq %r14, %rdx
  cmpq $0x3, %rdx
  jz      label110; j label106
block106:
  movq %r14, %rdx
  subq $0x4, %rdx
  movq %rdx, %r14
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r14, %rdx
  movq %rax, <offset:1>+(%rsp)
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname1)
  movq %r13, %rdi
  movq %rax, %r8
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label108; j label107
block108:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq <offset:1>+(%rsp), %rcx
  jmp     label109
block109:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r9
  jmp     label114
block110:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label112; j label111
block112:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label113
block113:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r9
  movq %r13, %rdi
  jmp     label114
block114:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq %rax, %r8
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label116; j label115
block116:
  movq %r8, %rax
  leaq 0x10(%rax), %rax
  movq %rax, 0x60(%rcx)
  movq %r8, %rax
  movq %rbx, %rcx
  jmp     label117
block117:
  movq %rcx, (%rax)
  movq %r9, %rax
  movq %r8, %rcx
  movq %rax, 8(%rcx)
  movq %r13, %rdi
  jmp     label122
block118:
  movq %r13, %rdi
  movq 0x18(%rdi), %rax
  movq 0x60(%rax), %rcx
  movq %rcx, %r8
  movq 0x68(%rax), %rcx
  movl $0x10, %esi
  movq %r8, %rdx
  leaq 0x10(%rdx), %rdx
  cmpq %rcx, %rdx
  jbe     label120; j label119
block120:
  movq %r8, %rcx
  leaq 0x10(%rcx), %rcx
  movq %rcx, 0x60(%rax)
  movq %r8, %rax
  jmp     label121
block121:
  movq $0x0, (%rax)
  movq %r8, %rax
  movq $0x0, 8(%rax)
  movq %r13, %rdi
  jmp     label122
block122:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label124; j label123
block124:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  movq %r12, %rcx
  jmp     label125
block125:
  movq %rcx, (%rax)
  movq %r8, %rcx
  movq %rcx, 8(%rax)
  movq %r13, %rdi
  movq %rax, %r9
  jmp     label130
block126:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0x60(%rcx), %rax
  movq 0x68(%rcx), %rdx
  movl $0x10, %esi
  leaq 0x10(%rax), %rdi
  cmpq %rdx, %rdi
  jbe     label128; j label127
block128:
  leaq 0x10(%rax), %rdx
  movq %rdx, 0x60(%rcx)
  jmp     label129
block129:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
  movq %rax, %r9
  movq %r13, %rdi
  jmp     label130
block130:
  movq %r13, %rdi
  movq 0x18(%rdi), %rdx
  movq 0x60(%rdx), %rax
  movq 0x68(%rdx), %rdi
  movl $0x10, %esi
  leaq 0x10(%rax), %r8
  cmpq %rdi, %r8
  jbe     label132; j label131
block132:
  leaq 0x10(%rax), %rsi
  movq %rsi, 0x60(%rdx)
  movq %r15, %rcx
  jmp     label133
block133:
  movq %rcx, (%rax)
  movq %r9, %rcx
  movq %rcx, 8(%rax)
  movq 0x10(%rsp), %rbx
  movq 0x18(%rsp), %r12
  movq 0x20(%rsp), %r13
  movq 0x28(%rsp), %r14
  movq 0x30(%rsp), %r15
  addq $0x40, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block134:
  movq %r13, %rdi
  movq 0x18(%rdi), %r10
  movq 0x60(%r10), %rax
  movq 0x68(%r10), %r11
  movl $0x10, %esi
  leaq 0x10(%rax), %rcx
  cmpq %r11, %rcx
  jbe     label136; j label135
block136:
  leaq 0x10(%rax), %rcx
  movq %rcx, 0x60(%r10)
  jmp     label137
block137:
  movq $0x0, (%rax)
  movq $0x0, 8(%rax)
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
  load_ext_name userextname2+0, %rax
  call    *%rax
  movq %rdi, %r13
  jmp     label3
block8:
  movl $0x10, %esi
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r10
  movq %r13, %rdi
  call    *%r10
  movq %rbx, %rcx
  jmp     label10
block12:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label14
block17:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %rbx, %rsi
  jmp     label19
block21:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label23
block25:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r12, %rcx
  jmp     label27
block29:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label31
block35:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  movq %rbx, %rcx
  jmp     label37
block39:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r9
  movq %r13, %rdi
  call    *%r9
  jmp     label41
block44:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %rbx, %r8
  jmp     label46
block48:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label50
block52:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r15, %r8
  jmp     label54
block56:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label58
block60:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r12, %rcx
  jmp     label62
block64:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label66
block71:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r10
  movq %r13, %rdi
  call    *%r10
  movq %r12, %rsi
  jmp     label73
block75:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label77
block80:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %rbx, %rcx
  jmp     label82
block84:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label86
block88:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r12, %rcx
  jmp     label90
block92:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label94
block98:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rcx
  movq %r13, %rdi
  call    *%rcx
  movq %rbx, %rsi
  jmp     label100
block102:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r9
  movq %r13, %rdi
  call    *%r9
  jmp     label104
block107:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq <offset:1>+(%rsp), %rcx
  jmp     label109
block111:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label113
block115:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %rax, %r8
  movq %rbx, %rcx
  jmp     label117
block119:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %rax, %r8
  jmp     label121
block123:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq %r12, %rcx
  jmp     label125
block127:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label129
block131:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %r8
  movq %r13, %rdi
  call    *%r8
  movq %r15, %rcx
  jmp     label133
block135:
  uninit  %rdx
  xorq %rdx, %rdx
  load_ext_name userextname0+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label137

; main.mk
  pushq %rbp
  movq %rsp, %rbp
block0:
  movq %rdx, %r11
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  jmp     label3
block3:
  movq 0x18(%rdi), %rsi
  movq 0xa0(%rsi), %rax
  movq 0xa8(%rsi), %r9
  leaq 0x20(%rax), %rdx
  cmpq %r9, %rdx
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa0(%rsi)
  movq 0x8a0(%rsi), %rdi
  movl $0x6, %r9d
  movq %rax, %r10
  shrq $0x6, %r10
  andq $0xfffffffffffffff8, %r10
  movq %rax, %rdx
  shrq $0x3, %rdx
  shlxq %rdx, %r9, %rdx
  orq %rdx, (%r10, %rdi)
  movq 0x8e8(%rsi), %rdx
  movb $0x1, 0x13c(%rdx)
  movq %r11, %rdx
  jmp     label6
block6:
  movq %rdx, (%rax)
  movq %rcx, 8(%rax)
  movq %rcx, 0x10(%rax)
  movq %r8, 0x18(%rax)
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname1+0, %rax
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname0+0, %rax
  call    *%rax
  movq %r11, %rdx
  jmp     label6

; main.main
  pushq %rbp
  movq %rsp, %rbp
  subq $0x20, %rsp
  movq %rbx, (%rsp)
  movq %r12, 8(%rsp)
  movq %r13, 0x10(%rsp)
block0:
  movq %rdi, %r13
  movq    %rsp, %rax
  subq 0x10(%rdi), %rax
  cmpq $0x100, %rax
  jl      label2; j label1
block1:
  movq %r13, %rdi
  jmp     label3
block3:
  movq %r13, %rdi
  movq 0x18(%rdi), %rcx
  movq 0xa0(%rcx), %rax
  movq 0xa8(%rcx), %rdx
  leaq 0x20(%rax), %rsi
  cmpq %rdx, %rsi
  jbe     label5; j label4
block5:
  leaq 0x20(%rax), %rdx
  movq %rdx, 0xa0(%rcx)
  movq 0x8a0(%rcx), %rdx
  movl $0x6, %esi
  movq %rax, %rdi
  shrq $0x6, %rdi
  andq $0xfffffffffffffff8, %rdi
  movq %rax, %r8
  shrq $0x3, %r8
  shlxq %r8, %rsi, %rsi
  orq %rsi, (%rdi, %rdx)
  movq 0x8e8(%rcx), %rcx
  movb $0x1, 0x13c(%rcx)
  jmp     label6
block6:
  load_ext_name userextname0+0, %rcx
  movq %rcx, (%rax)
  movq $0x2, 8(%rax)
  movq $0x2, 0x10(%rax)
  movq $0x0, 0x18(%rax)
  movq %rax, %rcx
  movq %r13, %rdi
  movq 0x18(%rdi), %rsi
  movq 0xa0(%rsi), %rax
  movq 0xa8(%rsi), %r8
  leaq 0x20(%rax), %rdi
  cmpq %r8, %rdi
  jbe     label8; j label7
block8:
  movq %rdi, 0xa0(%rsi)
  movq 0x8a0(%rsi), %r8
  movl $0x6, %r9d
  movq %rax, %rdi
  shrq $0x6, %rdi
  andq $0xfffffffffffffff8, %rdi
  movq %rax, %r10
  shrq $0x3, %r10
  shlxq %r10, %r9, %r9
  orq %r9, (%rdi, %r8)
  movq 0x8e8(%rsi), %r9
  movb $0x1, 0x13c(%r9)
  jmp     label9
block9:
  load_ext_name userextname2+0, %r11
  movq %r11, (%rax)
  movq $0x1, 8(%rax)
  movq $0x1, 0x10(%rax)
  movq %rcx, 0x18(%rax)
  testq %rax, %rax
  jz      label15; j label10
block10:
  movq 0x18(%rax), %rax
  testq %rax, %rax
  jz      label14; j label11
block11:
  movq 0x10(%rax), %rbx
  movl $0x3, %edx
  movq %r13, %rsi
  movq %r13, %rdi
  call    User(userextname4)
  testq %rax, %rax
  jz      label13; j label12
block12:
  movq (%rax), %r12
  load_ext_name userextname5+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname6+0, %rax
  movq %rbx, %rsi
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname7+0, %rax
  movq %r13, %rdi
  call    *%rax
  testq %r12, %r12
  setne %sil
  load_ext_name userextname8+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname9+0, %rax
  movq %r13, %rdi
  call    *%rax
  load_ext_name userextname10+0, %rax
  movq %r13, %rdi
  call    *%rax
  movq (%rsp), %rbx
  movq 8(%rsp), %r12
  movq 0x10(%rsp), %r13
  addq $0x20, %rsp
  movq %rbp, %rsp
  popq %rbp
  retq
block2:
  load_ext_name userextname11+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label3
block4:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname12+0, %rax
  movq %r13, %rdi
  call    *%rax
  jmp     label6
block7:
  movl $0x20, %esi
  movl $0x6, %edx
  load_ext_name userextname12+0, %r8
  movq %r13, %rdi
  call    *%r8
  jmp     label9
block13:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2
block14:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2
block15:
  movq %r13, %rsi
  movq %rsi, %rdi
  call    User(userextname3)
  ud2

