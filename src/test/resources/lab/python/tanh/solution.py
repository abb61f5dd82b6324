# Reference solution; the tests set MISTAKE to make one known mistake on purpose.
import math

MISTAKE = None


def forward(x):
    return [type(v)(math.tanh(v)) for v in x]


def backward(x, y, grad_y):
    dx = []
    for v, t, g in zip(x, y, grad_y):
        if MISTAKE == "one-minus-y":
            dx.append(g * (1 - t))
        elif MISTAKE == "uses-x":
            dx.append(g * (1 - v * v))
        elif MISTAKE == "no-grad-y":
            dx.append(1 - t * t)
        else:
            dx.append(g * (1 - t * t))
    return dx
