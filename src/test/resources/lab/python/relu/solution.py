# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
MISTAKE = None


def forward(x):
    return [max(0.0, v) for v in x]


def backward(x, y, grad_y):
    dx = []
    for v, g in zip(x, grad_y):
        if MISTAKE == "unmasked":
            passes = True
        elif MISTAKE == "mask-at-zero":
            passes = v >= 0
        elif MISTAKE == "inverted-mask":
            passes = v < 0
        else:
            passes = v > 0
        dx.append(g if passes else 0.0)
    return dx
