package optlab.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PythonNumberTest {

    @Test
    void settingsReadAsPythonPrintsThem() {
        assertEquals("1e-08", PythonNumber.of(1e-8));
        assertEquals("1e-07", PythonNumber.of(1e-7));
        assertEquals("2.5e-05", PythonNumber.of(2.5e-5));
        assertEquals("0.0001", PythonNumber.of(1e-4));
        assertEquals("0.001", PythonNumber.of(0.001));
        assertEquals("0.999", PythonNumber.of(0.999));
        assertEquals("100", PythonNumber.of(100));
        assertEquals("0", PythonNumber.of(0));
        assertEquals("1e+20", PythonNumber.of(1e20));
        assertEquals("inf", PythonNumber.of(Double.POSITIVE_INFINITY));
    }

    @Test
    void labelsSpeakPythonWhileRunIdsKeepTheirOldSpelling() {
        OptimizerSpec adam = OptimizerCatalog.parse("adam");
        assertEquals("adam(lr=0.001, beta1=0.9, beta2=0.999, epsilon=1e-08)", adam.label());
        assertEquals("adam-lr-0.001-beta1-0.9-beta2-0.999-epsilon-1.0E-8", adam.id());
        assertEquals(adam, OptimizerCatalog.parse(adam.label()), "a label reads back as the optimizer it names");
    }
}
