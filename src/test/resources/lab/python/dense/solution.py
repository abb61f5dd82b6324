# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
# x is batch x in, W in x out, b out: NumPy float32 arrays, or (nested) lists of floats.
MISTAKE = None


def forward(x, W, b):
    out = len(b)
    y = []
    for row in x:
        y.append([sum(row[i] * W[i][k] for i in range(len(row))) + (0.0 if MISTAKE == "bias-missing" else b[k]) for k in range(out)])
    return y


def backward(x, W, b, grad_y):
    batch, n_in, out = len(x), len(W), len(b)
    flat_w = [W[i][k] for i in range(n_in) for k in range(out)]
    dx = []
    for n in range(batch):
        if MISTAKE == "dx-uses-w":
            # W's in x out array read as out x in
            dx.append([sum(grad_y[n][k] * flat_w[k * n_in + i] for k in range(out)) for i in range(n_in)])
        else:
            dx.append([sum(grad_y[n][k] * W[i][k] for k in range(out)) for i in range(n_in)])
    if MISTAKE == "dw-transposed":
        dW = [[sum(grad_y[n][k] * x[n][i] for n in range(batch)) for i in range(n_in)] for k in range(out)]
    else:
        dW = [[sum(x[n][i] * grad_y[n][k] for n in range(batch)) for k in range(out)] for i in range(n_in)]
    if MISTAKE == "db-wrong-axis":
        db = [sum(grad_y[n][k] for k in range(out)) for n in range(batch)]
    else:
        db = [sum(grad_y[n][k] for n in range(batch)) for k in range(out)]
    return dx, dW, db
