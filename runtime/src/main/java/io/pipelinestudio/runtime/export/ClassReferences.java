package io.pipelinestudio.runtime.export;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The classes a class file refers to, read from its constant pool: class entries and every type named
 * in a descriptor or generic signature. Enough to tell which libraries a set of classes needs.
 */
final class ClassReferences {
    private ClassReferences() {}

    /** Internal names ({@code com/example/Foo}) of the classes {@code classFile} refers to. */
    static Set<String> of(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("Expected a class file (0xCAFEBABE) but found other bytes");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classNameIndexes = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1:
                    utf8[i] = in.readUTF();
                    break;
                case 7:
                    classNameIndexes.add(in.readUnsignedShort());
                    break;
                case 8:
                case 16:
                case 19:
                case 20:
                    in.readUnsignedShort();
                    break;
                case 15:
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                    break;
                case 3:
                case 4:
                case 9:
                case 10:
                case 11:
                case 12:
                case 17:
                case 18:
                    in.readInt();
                    break;
                case 5:
                case 6:
                    in.readLong();
                    i++; // eight-byte constants take two slots
                    break;
                default:
                    throw new IOException("Unexpected constant pool tag " + tag + " at entry " + i);
            }
        }
        Set<String> names = new HashSet<>();
        for (int index : classNameIndexes) {
            String name = utf8[index];
            if (name != null && name.startsWith("[")) {
                addDescriptorTypes(name, names);
            } else if (name != null) {
                names.add(name);
            }
        }
        for (String text : utf8) {
            if (text != null && text.indexOf(';') > 0 && !text.isEmpty() && "(<L[".indexOf(text.charAt(0)) >= 0) {
                addDescriptorTypes(text, names);
            }
        }
        return names;
    }

    /** Every {@code Lname;} or {@code Lname<} in a descriptor or generic signature. */
    private static void addDescriptorTypes(String text, Set<String> names) {
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (text.charAt(i) != 'L') {
                i++;
                continue;
            }
            int end = i + 1;
            boolean qualified = false;
            while (end < length && (Character.isJavaIdentifierPart(text.charAt(end)) || text.charAt(end) == '/')) {
                qualified |= text.charAt(end) == '/';
                end++;
            }
            if (qualified && end < length && (text.charAt(end) == ';' || text.charAt(end) == '<')) {
                names.add(text.substring(i + 1, end));
                i = end;
            } else {
                i++;
            }
        }
    }
}
