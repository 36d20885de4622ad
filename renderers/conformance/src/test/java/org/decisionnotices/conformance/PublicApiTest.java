package org.decisionnotices.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.decisionnotices.model.DecisionRecord;
import org.decisionnotices.pack.AgendaPack;
import org.decisionnotices.render.DecisionNotices;
import org.decisionnotices.render.docx.DocxRenderer;
import org.decisionnotices.render.html.HtmlRenderer;
import org.decisionnotices.render.pdf.PdfRenderer;
import org.decisionnotices.render.testkit.RendererContractTest;
import org.junit.jupiter.api.Test;

/**
 * No public API signature exposes a type from an {@code internal} package: not a public or
 * protected method's parameters, result or exceptions, a public field, a public type's supertypes,
 * nor any generic argument of these. A user may depend on what the API shows; internal packages
 * must stay free to change. Exceptions, known and to be removed, are listed in {@link #KNOWN}.
 *
 * <p>Also: no module uses another module's internal types, except those listed in {@link
 * #KNOWN_CROSS_MODULE}, so that the debt is in plain sight until a facade replaces it.
 */
class PublicApiTest {
  /** Every library module, by a class of its own. */
  private static final List<Class<?>> MODULES =
      List.of(
          DecisionRecord.class,
          DecisionNotices.class,
          RendererContractTest.class,
          PdfRenderer.class,
          DocxRenderer.class,
          HtmlRenderer.class,
          AgendaPack.class);

  /** Exposures of internal types that exist today, each as "member -> internal type". */
  private static final Set<String> KNOWN = Set.of();

  /**
   * Internal types used by a module other than their own, as "module -> type"; none today: the
   * agenda pack draws its pages through the PDF module's public {@code PdfPages}.
   */
  private static final Set<String> KNOWN_CROSS_MODULE = Set.of();

  private static final Pattern INTERNAL_REFERENCE =
      Pattern.compile("org/decisionnotices/[a-z/]+/internal/[A-Za-z0-9_]+");

  @Test
  void noModuleUsesAnotherModulesInternalTypesButTheListedOnes() {
    Map<String, Class<?>> modules = new LinkedHashMap<>();
    modules.put("model", DecisionRecord.class);
    modules.put("core", DecisionNotices.class);
    modules.put("testkit", RendererContractTest.class);
    modules.put("pdf", PdfRenderer.class);
    modules.put("docx", DocxRenderer.class);
    modules.put("html", HtmlRenderer.class);
    modules.put("pack", AgendaPack.class);
    Set<String> used = new TreeSet<>();
    for (Map.Entry<String, Class<?>> module : modules.entrySet()) {
      Set<String> own = new HashSet<>();
      Map<String, byte[]> classes = classFiles(module.getValue());
      classes.keySet().forEach(name -> own.add(name.substring(0, name.lastIndexOf('.'))));
      for (byte[] bytes : classes.values()) {
        // Class names a class file refers to are in its constant pool, as plain ASCII.
        Matcher m = INTERNAL_REFERENCE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
          String type = m.group().replace('/', '.');
          String pkg = type.substring(0, type.lastIndexOf('.'));
          if (!own.contains(pkg) && !type.endsWith(".package")) {
            used.add(module.getKey() + " -> " + type);
          }
        }
      }
    }
    Set<String> unexpected = new TreeSet<>(used);
    unexpected.removeAll(KNOWN_CROSS_MODULE);
    Set<String> gone = new TreeSet<>(KNOWN_CROSS_MODULE);
    gone.removeAll(used);
    assertEquals(
        Set.of(),
        unexpected,
        "internal types used across modules: go through the owning module's public API, or (as a"
            + " last resort) list them in KNOWN_CROSS_MODULE with the reason");
    assertEquals(
        Set.of(), gone, "listed in KNOWN_CROSS_MODULE but no longer used: remove them from it");
  }

  @Test
  void noPublicSignatureExposesAnInternalType() {
    Set<String> exposed = new TreeSet<>();
    int checked = 0;
    for (Class<?> anchor : MODULES) {
      for (Class<?> type : publicApiTypes(anchor)) {
        checked++;
        check(type, exposed);
      }
    }
    assertTrue(checked > 40, "the scan found the API: " + checked + " public types");
    Set<String> unexpected = new TreeSet<>(exposed);
    unexpected.removeAll(KNOWN);
    Set<String> gone = new TreeSet<>(KNOWN);
    gone.removeAll(exposed);
    assertEquals(Set.of(), unexpected, "public signatures exposing internal types");
    assertEquals(Set.of(), gone, "listed in KNOWN but no longer exposed: remove them from KNOWN");
  }

  @Test
  void theCheckSeesAnExposure() {
    Set<String> exposed = new TreeSet<>();
    check(Exposing.class, exposed);
    assertEquals(
        Set.of(
            Exposing.class.getName()
                + ".names(): java.util.List<org.decisionnotices.render.internal.MarkupReader>"
                + " -> org.decisionnotices.render.internal.MarkupReader"),
        exposed);
  }

  /** A public type with one public method whose result exposes an internal type. */
  public static final class Exposing {
    public List<org.decisionnotices.render.internal.MarkupReader> names() {
      return List.of();
    }

    List<org.decisionnotices.render.internal.MarkupReader> hidden() {
      return List.of();
    }
  }

  private static void check(Class<?> type, Set<String> exposed) {
    String owner = type.getName();
    visit(owner + " extends", type.getGenericSuperclass(), exposed);
    for (Type face : type.getGenericInterfaces()) {
      visit(owner + " implements", face, exposed);
    }
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        visit(owner + "." + field.getName(), field.getGenericType(), exposed);
      }
    }
    List<Executable> executables = new ArrayList<>();
    executables.addAll(List.of(type.getDeclaredMethods()));
    executables.addAll(List.of(type.getDeclaredConstructors()));
    for (Executable executable : executables) {
      if (!visible(executable.getModifiers()) || executable.isSynthetic()) {
        continue;
      }
      if (executable instanceof Constructor<?>
          && Modifier.isFinal(type.getModifiers())
          && !Modifier.isPublic(executable.getModifiers())) {
        continue;
      }
      String member = owner + "." + executable.getName() + "()";
      if (executable instanceof Method method) {
        if (method.isBridge()) {
          continue;
        }
        visit(member, method.getGenericReturnType(), exposed);
      }
      for (Type parameter : executable.getGenericParameterTypes()) {
        visit(member, parameter, exposed);
      }
      for (Type thrown : executable.getGenericExceptionTypes()) {
        visit(member, thrown, exposed);
      }
    }
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  /** Records {@code where -> type} for every internal type in {@code type}, generics included. */
  private static void visit(String where, Type type, Set<String> exposed) {
    if (type == null) {
      return;
    }
    if (type instanceof Class<?> c) {
      Class<?> element = c;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (isInternal(element)) {
        exposed.add(where + ": " + type.getTypeName() + " -> " + element.getName());
      }
    } else if (type instanceof ParameterizedType p) {
      visit(where, p.getRawType(), exposed);
      for (Type argument : p.getActualTypeArguments()) {
        String before = where;
        Set<String> found = new TreeSet<>();
        visit(before, argument, found);
        for (String f : found) {
          exposed.add(before + ": " + type.getTypeName() + f.substring(f.lastIndexOf(" -> ")));
        }
      }
    } else if (type instanceof GenericArrayType a) {
      visit(where, a.getGenericComponentType(), exposed);
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        visit(where, bound, exposed);
      }
      for (Type bound : w.getLowerBounds()) {
        visit(where, bound, exposed);
      }
    } else if (type instanceof TypeVariable<?> v) {
      for (Type bound : v.getBounds()) {
        visit(where, bound, exposed);
      }
    }
  }

  private static boolean isInternal(Class<?> type) {
    String name = type.getPackageName();
    return name.endsWith(".internal") || name.contains(".internal.");
  }

  /**
   * Every type of the module that holds {@code anchor} a user can see: public, in a package that is
   * not internal, and (if nested) inside types that are public too.
   */
  private static List<Class<?>> publicApiTypes(Class<?> anchor) {
    List<Class<?>> types = new ArrayList<>();
    for (String name : classNames(anchor)) {
      Class<?> type;
      try {
        type = Class.forName(name, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      if (isInternal(type) || type.isSynthetic() || type.isAnonymousClass()) {
        continue;
      }
      boolean visible = true;
      for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
        visible &= Modifier.isPublic(c.getModifiers());
      }
      if (visible) {
        types.add(type);
      }
    }
    return types;
  }

  /** Every class file of the module that holds {@code anchor}, by class name. */
  private static Map<String, byte[]> classFiles(Class<?> anchor) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String name : classNames(anchor)) {
      String resource = name.replace('.', '/') + ".class";
      try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
        files.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return files;
  }

  private static List<String> classNames(Class<?> anchor) {
    try {
      Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> entries = new ArrayList<>();
      if (Files.isDirectory(where)) {
        try (Stream<Path> files = Files.walk(where)) {
          files.forEach(f -> entries.add(where.relativize(f).toString().replace('\\', '/')));
        }
      } else {
        try (JarFile jar = new JarFile(where.toFile())) {
          jar.stream().map(JarEntry::getName).forEach(entries::add);
        }
      }
      return entries.stream()
          .filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class"))
          .filter(e -> !e.endsWith("package-info.class"))
          .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
