# preflight-bench: vulnerable CWE-95 sink-line: 8
def repl():
    scope = {}
    while True:
        line = input(">>> ")
        if line == "quit":
            break
        exec(line, scope)


repl()
