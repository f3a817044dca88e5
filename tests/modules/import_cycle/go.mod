module myapp

go 1.24
